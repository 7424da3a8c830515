using System.Globalization;

namespace OpenClaw.Rpc.Checks;

/// <summary>POSIX permission helpers for checks and their fixes (no-ops on Windows, where ACLs apply).</summary>
internal static class UnixPermissions
{
    /// <summary>Group and others may write.</summary>
    public const UnixFileMode GroupOrOtherWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Group and others may read, write or execute.</summary>
    public const UnixFileMode GroupOrOtherAny = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// Whether users other than the owner may change <paramref name="path"/>: group/other-writable, and for a directory
    /// without the sticky bit (which stops them replacing others' entries). False on Windows and for missing paths.
    /// </summary>
    public static bool OthersCanWrite(string path) =>
        !OperatingSystem.IsWindows() && Path.Exists(path) && (File.GetUnixFileMode(path) & GroupOrOtherWrite) != 0
        && (!Directory.Exists(path) || (File.GetUnixFileMode(path) & UnixFileMode.StickyBit) == 0);

    /// <summary>The mode as four octal digits, e.g. 0700.</summary>
    public static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0').ToString(CultureInfo.InvariantCulture);

    /// <summary>Sets <paramref name="to"/> on <paramref name="path"/> and records the change.</summary>
    public static void Tighten(DoctorRun run, string path, UnixFileMode to)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        UnixFileMode from = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, to);
        run.Record(new FixChange(path, "chmod", Octal(from), Octal(to)));
    }
}
