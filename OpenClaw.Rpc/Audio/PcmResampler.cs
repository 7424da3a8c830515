using System.Buffers.Binary;

namespace OpenClaw.Rpc.Audio;

/// <summary>
/// Converts PCM WAV of any rate and channel count to 16 kHz mono 16-bit, which offline recognisers expect
/// (pocketsphinx reads other rates as if they were 16 kHz and hears nonsense).
/// </summary>
internal static class PcmResampler
{
    /// <summary>The target rate.</summary>
    public const int SpeechRate = 16000;

    /// <summary>A 16 kHz mono 16-bit WAV file made from <paramref name="wav"/>.</summary>
    public static byte[] ToSpeechWav(WavFile wav, ReadOnlySpan<byte> bytes)
    {
        float[] mono = ToMono(wav, bytes.Slice(wav.DataOffset, wav.DataLength));
        int outputLength = (int)((long)mono.Length * SpeechRate / wav.SampleRate);
        byte[] pcm = new byte[outputLength * 2];
        double step = (double)wav.SampleRate / SpeechRate;
        for (int i = 0; i < outputLength; i++)
        {
            double source = i * step;
            int left = (int)source;
            int right = Math.Min(left + 1, mono.Length - 1);
            double sample = mono[left] + ((mono[right] - mono[left]) * (source - left));
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), (short)Math.Clamp(sample * 32767.0, short.MinValue, short.MaxValue));
        }

        return WavFile.FromPcm16(pcm, SpeechRate, 1);
    }

    private static float[] ToMono(WavFile wav, ReadOnlySpan<byte> data)
    {
        int bytesPerSample = wav.BitsPerSample / 8;
        int frames = data.Length / (bytesPerSample * wav.Channels);
        float[] mono = new float[frames];
        for (int frame = 0; frame < frames; frame++)
        {
            float sum = 0;
            for (int channel = 0; channel < wav.Channels; channel++)
            {
                sum += Sample(data.Slice(((frame * wav.Channels) + channel) * bytesPerSample, bytesPerSample));
            }

            mono[frame] = sum / wav.Channels;
        }

        return mono;
    }

    private static float Sample(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => (bytes[0] - 128) / 128f,
        2 => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32768f,
        3 => ((bytes[0] << 8 | bytes[1] << 16 | bytes[2] << 24) >> 8) / 8388608f,
        _ => BinaryPrimitives.ReadInt32LittleEndian(bytes) / 2147483648f,
    };
}
