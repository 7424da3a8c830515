using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Checks;

/// <summary>
/// Who owns a file (Linux, through <c>statx</c>, which glibc exports since 2.28 under one name on every architecture,
/// unlike <c>stat</c>), and who this process runs as. Elsewhere nothing is known and the ownership checks are silent.
/// </summary>
internal static partial class FileOwner
{
    private const int CurrentDirectory = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint WantUid = 0x8;

    /// <summary>The effective uid of this process, or null where it is not known.</summary>
    public static uint? EffectiveUserId => OperatingSystem.IsLinux() ? GetEffectiveUserId() : null;

    /// <summary>The uid owning <paramref name="path"/> (the link itself unless <paramref name="followLinks"/>), or null when unknown.</summary>
    public static uint? Of(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Statx(CurrentDirectory, path, followLinks ? 0 : DoNotFollowLinks, WantUid, out StatxBuffer status) == 0 && (status.Mask & WantUid) != 0
                ? status.Uid
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>The kernel's <c>struct statx</c> (256 bytes, the same layout on every architecture); only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(20)]
        public uint Uid;
    }
}
