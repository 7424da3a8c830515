using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One session key in the index: its current transcript, the file names of its archived ones, the working directory an
/// editor opened it in (ACP) and a title taken from its first message. <see cref="TranscriptBytes"/> is the
/// transcript's length when <see cref="MessageCount"/> was counted; a transcript of another length (a run killed between
/// its append and the index save, a torn tail) is counted again. <see cref="ToolDecisions"/> are the session's "allow always" /
/// "reject always" answers, oldest first (see <see cref="SessionToolDecisions"/>); a reset starts without them.
/// </summary>
internal sealed record SessionIndexEntry(
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt,
    [property: JsonPropertyName("messageCount")] int MessageCount,
    [property: JsonPropertyName("lastProvider")] string? LastProvider,
    [property: JsonPropertyName("lastModel")] string? LastModel,
    [property: JsonPropertyName("archives")] IReadOnlyList<string>? Archives,
    [property: JsonPropertyName("transcriptBytes")] long? TranscriptBytes = null,
    [property: JsonPropertyName("cwd")] string? Cwd = null,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("toolDecisions")] IReadOnlyList<SessionToolDecision?>? ToolDecisions = null)
{
    public static SessionIndexEntry Fresh(DateTimeOffset now)
    {
        string time = SessionTime.Format(now);
        return new SessionIndexEntry(SessionFileNames.NewSessionId(), time, time, 0, null, null, []);
    }

    public IReadOnlyList<string> ArchiveNames => Archives ?? [];
}
