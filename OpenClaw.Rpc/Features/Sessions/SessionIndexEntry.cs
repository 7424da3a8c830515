using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One session key in the index: its current transcript, the file names of its archived ones, the working directory an
/// editor opened it in (ACP) and a title taken from its first message.
/// </summary>
internal sealed record SessionIndexEntry(
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt,
    [property: JsonPropertyName("messageCount")] int MessageCount,
    [property: JsonPropertyName("lastProvider")] string? LastProvider,
    [property: JsonPropertyName("lastModel")] string? LastModel,
    [property: JsonPropertyName("archives")] IReadOnlyList<string>? Archives,
    [property: JsonPropertyName("cwd")] string? Cwd = null,
    [property: JsonPropertyName("title")] string? Title = null)
{
    public static SessionIndexEntry Fresh(DateTimeOffset now)
    {
        string time = SessionTime.Format(now);
        return new SessionIndexEntry(SessionFileNames.NewSessionId(), time, time, 0, null, null, []);
    }

    public IReadOnlyList<string> ArchiveNames => Archives ?? [];
}
