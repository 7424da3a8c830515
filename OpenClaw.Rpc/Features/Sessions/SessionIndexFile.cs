using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>&lt;stateDir&gt;/sessions/index.json</c>: every session key and its current transcript, versioned.</summary>
internal sealed record SessionIndexFile(
    [property: JsonPropertyName("formatVersion")] int FormatVersion,
    [property: JsonPropertyName("sessions")] Dictionary<string, SessionIndexEntry>? Sessions);
