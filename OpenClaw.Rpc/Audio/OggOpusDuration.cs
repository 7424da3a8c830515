using System.Buffers.Binary;

namespace OpenClaw.Rpc.Audio;

/// <summary>Measures Ogg Opus audio: the last page's granule position, minus pre-skip, at Opus's fixed 48 kHz.</summary>
internal static class OggOpusDuration
{
    /// <summary>Channels and duration; null when the bytes are not Ogg Opus.</summary>
    public static AudioInfo? Measure(ReadOnlySpan<byte> bytes)
    {
        int head = bytes.IndexOf("OpusHead"u8);
        if (bytes.Length < 27 || !bytes[..4].SequenceEqual("OggS"u8) || head < 0 || head + 12 > bytes.Length)
        {
            return null;
        }

        int channels = bytes[head + 9];
        int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(head + 10, 2));
        long granule = -1;
        for (int i = bytes.Length - 27; i >= 0; i--)
        {
            if (bytes.Slice(i, 4).SequenceEqual("OggS"u8))
            {
                granule = BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice(i + 6, 8));
                break;
            }
        }

        return granule < 0 ? null : new AudioInfo(48000, channels, Math.Max(0, granule - preSkip) * 1000 / 48000);
    }
}
