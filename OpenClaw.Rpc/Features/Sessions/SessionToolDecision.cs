using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// An "allow always" (<see cref="Allow"/> true) or "reject always" (false) answer for one namespaced tool
/// (<c>files__read_file</c>), kept in the session's index entry until the session is reset or deleted.
/// </summary>
internal sealed record SessionToolDecision(
    [property: JsonPropertyName("tool")] string? Tool,
    [property: JsonPropertyName("allow")] bool Allow);
