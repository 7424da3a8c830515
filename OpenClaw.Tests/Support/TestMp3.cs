namespace OpenClaw.Tests.Support;

/// <summary>MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono) with silent payloads: enough for frame-walking code.</summary>
internal static class TestMp3
{
    public static byte[] Frames(int count)
    {
        const int FrameLength = 144 * 128000 / 44100; // 417 bytes, no padding
        byte[] bytes = new byte[count * FrameLength];
        for (int i = 0; i < count; i++)
        {
            int at = i * FrameLength;
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFB; // MPEG-1, Layer III, no CRC
            bytes[at + 2] = 0x90; // 128 kbit/s, 44.1 kHz, no padding
            bytes[at + 3] = 0xC4; // mono
        }

        return bytes;
    }
}
