namespace OpenClaw.Tests.Support;

/// <summary>MPEG audio Layer III frames with silent payloads, built from the header fields: enough for frame-walking code.</summary>
internal static class TestMp3
{
    private static readonly int[] Mpeg1Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    /// <summary><paramref name="count"/> MPEG-1 frames at 128 kbit/s, 44.1 kHz, mono (417 bytes each).</summary>
    public static byte[] Frames(int count) => [.. Enumerable.Range(0, count).SelectMany(_ => Frame())];

    /// <summary>
    /// One whole frame: <paramref name="version"/> is 1 (MPEG-1), 2 (MPEG-2) or 25 (MPEG-2.5); the sample rate must be
    /// one that version allows; padding adds the one byte encoders use to keep the average bitrate exact.
    /// </summary>
    public static byte[] Frame(int version = 1, int kbps = 128, int sampleRate = 44100, bool mono = true, bool padding = false)
    {
        int[] rates = version switch
        {
            1 => [44100, 48000, 32000],
            2 => [22050, 24000, 16000],
            25 => [11025, 12000, 8000],
            _ => throw new ArgumentOutOfRangeException(nameof(version)),
        };
        int rateIndex = Array.IndexOf(rates, sampleRate);
        int bitrateIndex = Array.IndexOf(version == 1 ? Mpeg1Bitrates : Mpeg2Bitrates, kbps);
        if (rateIndex < 0 || bitrateIndex <= 0)
        {
            throw new ArgumentException($"MPEG-{version} has no {kbps} kbit/s at {sampleRate} Hz");
        }

        // Layer III: 1152 samples per frame in MPEG-1, 576 in MPEG-2 and 2.5; a frame is samples / 8 bytes per bit/s.
        int length = (version == 1 ? 144 : 72) * kbps * 1000 / sampleRate + (padding ? 1 : 0);
        byte[] frame = new byte[length];
        int versionBits = version switch { 1 => 0b11, 2 => 0b10, _ => 0b00 };
        frame[0] = 0xFF;
        frame[1] = (byte)(0xE0 | versionBits << 3 | 0b01 << 1 | 1); // sync, version, Layer III, no CRC
        frame[2] = (byte)(bitrateIndex << 4 | rateIndex << 2 | (padding ? 1 : 0) << 1);
        frame[3] = (byte)((mono ? 0b11 << 6 : 0) | 0b100); // channel mode (mono, or stereo); the "original" bit
        return frame;
    }

    /// <summary>An ID3v2.4 tag of <paramref name="body"/>, its size written as a syncsafe integer.</summary>
    public static byte[] Id3Tag(byte[] body)
    {
        int size = body.Length;
        byte[] header = [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, (byte)(size >> 21 & 0x7F), (byte)(size >> 14 & 0x7F), (byte)(size >> 7 & 0x7F), (byte)(size & 0x7F)];
        return [.. header, .. body];
    }
}
