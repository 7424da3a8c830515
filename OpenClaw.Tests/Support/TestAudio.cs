using System.Buffers.Binary;
using OpenClaw.Rpc.Audio;

namespace OpenClaw.Tests.Support;

/// <summary>Real WAV files made in tests (a tone is enough where speech content does not matter).</summary>
internal static class TestAudio
{
    public static byte[] Tone(int sampleRate = 16000, int milliseconds = 500, double frequency = 440)
    {
        int samples = sampleRate * milliseconds / 1000;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++)
        {
            short value = (short)(Math.Sin(2 * Math.PI * frequency * i / sampleRate) * 8000);
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), value);
        }

        return WavFile.FromPcm16(pcm, sampleRate, 1);
    }

    public static void WriteTone(string path) => File.WriteAllBytes(path, Tone());
}
