using System.Globalization;
using System.Runtime.Versioning;

namespace OpenClaw.Rpc.Checks;

/// <summary>
/// Whether a user other than this one (or root) controls a path: its owner, and when the path is a symlink, the link's
/// owner and the directory holding it (another user who can replace the link decides where it points).
/// </summary>
internal static class PathOwnership
{
    private const uint Root = 0;

    /// <summary>Why someone else controls <paramref name="path"/>, or null when this user (or root) does, or nothing is known.</summary>
    public static string? Problem(string path)
    {
        if (OperatingSystem.IsWindows() || FileOwner.EffectiveUserId is not { } self || !Path.Exists(path))
        {
            return null;
        }

        var problems = new List<string>();
        bool isLink = new FileInfo(path).LinkTarget is not null;
        if (FileOwner.Of(path, followLinks: true) is { } owner && !Trusted(owner, self))
        {
            string target = isLink ? $" (it resolves to {Resolved(path)})" : string.Empty;
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path} is owned by uid {owner}, not by this user (uid {self}){target}"));
        }

        if (isLink)
        {
            if (FileOwner.Of(path, followLinks: false) is { } linkOwner && !Trusted(linkOwner, self))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"the symlink {path} is owned by uid {linkOwner}"));
            }

            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent && OthersCanReplaceEntries(parent, self))
            {
                problems.Add($"the symlink {path} sits in {parent}, where other users can replace it");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static bool Trusted(uint owner, uint self) => owner == self || owner == Root;

    /// <summary>A directory another user owns, or one group/others may write without the sticky bit.</summary>
    [UnsupportedOSPlatform("windows")]
    private static bool OthersCanReplaceEntries(string directory, uint self)
    {
        if (FileOwner.Of(directory, followLinks: true) is { } owner && !Trusted(owner, self))
        {
            return true;
        }

        UnixFileMode mode = File.GetUnixFileMode(directory);
        return (mode & UnixPermissions.GroupOrOtherWrite) != 0 && (mode & UnixFileMode.StickyBit) == 0;
    }

    private static string Resolved(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
