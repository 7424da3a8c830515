using System.Buffers.Binary;

namespace OpenClaw.Rpc.Audio;

/// <summary>
/// Reads and repairs RIFF/WAVE PCM. Streaming writers (espeak-ng --stdout) leave placeholder sizes in the
/// header; <see cref="Normalize"/> rewrites them from the bytes actually present so every client can play it.
/// </summary>
internal sealed record WavFile(int SampleRate, int Channels, int BitsPerSample, int DataOffset, int DataLength)
{
    /// <summary>Duration in milliseconds, from the PCM byte count.</summary>
    public long DurationMs => (long)DataLength * 1000 / Math.Max(1, SampleRate * Channels * (BitsPerSample / 8));

    /// <summary>Parses the header; null when the bytes are not a PCM WAV file.</summary>
    public static WavFile? TryParse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 44 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            return null;
        }

        int position = 12;
        (int rate, int channels, int bits)? format = null;
        while (position + 8 <= bytes.Length)
        {
            ReadOnlySpan<byte> id = bytes.Slice(position, 4);
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(position + 4, 4));
            int body = position + 8;
            if (id.SequenceEqual("fmt "u8) && body + 16 <= bytes.Length)
            {
                ushort encoding = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body, 2));
                format = encoding is 1 or 0xFFFE
                    ? (BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(body + 4, 4)), BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body + 2, 2)),
                        BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body + 14, 2)))
                    : null;
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is not { } f || f.rate <= 0 || f.channels <= 0 || f.bits is not (8 or 16 or 24 or 32))
                {
                    return null;
                }

                int length = (int)Math.Min(size, (uint)(bytes.Length - body));
                return new WavFile(f.rate, f.channels, f.bits, body, length);
            }

            position = body + (int)Math.Min(size + (size & 1), (uint)(bytes.Length - body));
        }

        return null;
    }

    /// <summary>Returns the bytes with the RIFF and data sizes set to what is present and trailing bytes dropped.</summary>
    public byte[] Normalize(ReadOnlySpan<byte> bytes)
    {
        byte[] fixedUp = bytes[..(DataOffset + DataLength)].ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(fixedUp.AsSpan(4, 4), (uint)(fixedUp.Length - 8));
        BinaryPrimitives.WriteUInt32LittleEndian(fixedUp.AsSpan(DataOffset - 4, 4), (uint)DataLength);
        return fixedUp;
    }

    /// <summary>Wraps raw little-endian 16-bit PCM in a WAV header.</summary>
    public static byte[] FromPcm16(ReadOnlySpan<byte> pcm, int sampleRate, int channels)
    {
        byte[] wav = new byte[44 + pcm.Length];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(wav.Length - 8));
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(24), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(28), (uint)(sampleRate * channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(32), (ushort)(channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), (uint)pcm.Length);
        pcm.CopyTo(wav.AsSpan(44));
        return wav;
    }
}
