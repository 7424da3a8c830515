using System.Text.RegularExpressions;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// The names of files in the sessions directory. Names read from the index are checked against these shapes
/// before use, so an edited index cannot point a delete or a read outside the directory.
/// </summary>
internal static partial class SessionFileNames
{
    public const string TranscriptExtension = ".jsonl";
    public const string ArchiveInfix = ".jsonl.reset.";

    public static string NewSessionId() => Guid.NewGuid().ToString("N");

    public static bool IsSessionId(string? id) => id is not null && SessionIdPattern().IsMatch(id);

    public static bool IsArchive(string? name) => name is not null && ArchivePattern().IsMatch(name);

    public static bool IsTranscript(string name) => name.Length == 32 + TranscriptExtension.Length && name.EndsWith(TranscriptExtension, StringComparison.Ordinal)
        && IsSessionId(name[..32]);

    public static string Archive(string sessionId, DateTimeOffset time) => sessionId + ArchiveInfix + SessionTime.ArchiveStamp(time);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex SessionIdPattern();

    [GeneratedRegex(@"^[0-9a-f]{32}\.jsonl\.reset\.[0-9]{8}T[0-9]{9}Z$")]
    private static partial Regex ArchivePattern();
}
