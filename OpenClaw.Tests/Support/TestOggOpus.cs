using System.Buffers.Binary;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Ogg Opus streams as an encoder writes them (RFC 7845): an OpusHead page, an OpusTags page, then audio pages
/// whose granule position counts 48 kHz samples; each page carries its CRC. The audio packets are silent stand-ins.
/// </summary>
internal static class TestOggOpus
{
    private const int Serial = 0x0C1A;

    /// <summary>A stream whose audio pages end at the given granule positions, the last one flagged end of stream.</summary>
    public static byte[] Stream(int channels, int preSkip, params long[] granules)
    {
        byte[] head = [.. "OpusHead"u8, 1, (byte)channels, 0, 0, 0x80, 0xBB, 0, 0, 0, 0, 0]; // version 1, 48 kHz input, no gain, family 0
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), (ushort)preSkip);
        byte[] tags = [.. "OpusTags"u8, 4, 0, 0, 0, .. "test"u8, 0, 0, 0, 0];
        var pages = new List<byte[]> { Page(0x02, 0, 0, head), Page(0, 0, 1, tags) };
        for (int i = 0; i < granules.Length; i++)
        {
            pages.Add(Page(i == granules.Length - 1 ? (byte)0x04 : (byte)0, granules[i], i + 2, new byte[160]));
        }

        return [.. pages.SelectMany(p => p)];
    }

    /// <summary>One page holding <paramref name="packet"/> (under 255 bytes, so one lacing value ends it).</summary>
    public static byte[] Page(byte flags, long granule, int sequence, byte[] packet)
    {
        byte[] page = new byte[27 + 1 + packet.Length];
        "OggS"u8.CopyTo(page);
        page[5] = flags;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(14), Serial);
        BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(18), sequence);
        page[26] = 1;
        page[27] = (byte)packet.Length;
        packet.CopyTo(page, 28);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), Crc(page));
        return page;
    }

    // Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, initial value 0, computed with the CRC field zeroed.
    private static uint Crc(byte[] page)
    {
        uint crc = 0;
        foreach (byte b in page)
        {
            crc ^= (uint)b << 24;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80000000) != 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
            }
        }

        return crc;
    }
}
