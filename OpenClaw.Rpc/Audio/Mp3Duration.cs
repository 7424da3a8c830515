namespace OpenClaw.Rpc.Audio;

/// <summary>Measures MP3 audio by walking its frame headers (an ID3v2 tag at the start is skipped).</summary>
internal static class Mp3Duration
{
    private static readonly int[] Mpeg1Layer3Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0];
    private static readonly int[] Mpeg2Layer3Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0];
    private static readonly int[] Mpeg1Rates = [44100, 48000, 32000, 0];

    /// <summary>Sample rate, channels and duration; null when no MP3 frame is found.</summary>
    public static AudioInfo? Measure(ReadOnlySpan<byte> bytes)
    {
        int position = 0;
        if (bytes.Length >= 10 && bytes[..3].SequenceEqual("ID3"u8))
        {
            position = 10 + ((bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F));
        }

        long samples = 0;
        int rate = 0, channels = 0, frames = 0;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF || (bytes[position + 1] & 0xE0) != 0xE0)
            {
                position++;
                continue;
            }

            int version = (bytes[position + 1] >> 3) & 0x3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
            int layer = (bytes[position + 1] >> 1) & 0x3;    // 1 = Layer III
            int bitrateIndex = bytes[position + 2] >> 4;
            int rateIndex = (bytes[position + 2] >> 2) & 0x3;
            int padding = (bytes[position + 2] >> 1) & 0x1;
            if (version == 1 || layer != 1 || rateIndex == 3 || bitrateIndex is 0 or 15)
            {
                position++;
                continue;
            }

            int frameRate = Mpeg1Rates[rateIndex] / (version == 3 ? 1 : version == 2 ? 2 : 4);
            int bitrate = (version == 3 ? Mpeg1Layer3Bitrates : Mpeg2Layer3Bitrates)[bitrateIndex] * 1000;
            int samplesPerFrame = version == 3 ? 1152 : 576;
            int frameLength = samplesPerFrame / 8 * bitrate / frameRate + padding;
            rate = frameRate;
            channels = (bytes[position + 3] >> 6) == 3 ? 1 : 2;
            samples += samplesPerFrame;
            frames++;
            position += Math.Max(frameLength, 1);
        }

        return frames == 0 ? null : new AudioInfo(rate, channels, samples * 1000 / rate);
    }
}
