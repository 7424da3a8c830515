using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// One tool call an assistant message asked for: the model's own call id (what its result names), the namespaced tool
/// (<c>files__read_file</c>) and the arguments object as the model sent it.
/// </summary>
internal sealed record TranscriptToolCall(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("arguments")] JsonElement Arguments)
{
    /// <summary>Whether a line read back holds a usable call (a hand edit or a torn write may have left out a field).</summary>
    [JsonIgnore]
    public bool IsWellFormed => !string.IsNullOrEmpty(Id) && !string.IsNullOrEmpty(Tool) && Arguments.ValueKind != JsonValueKind.Undefined;
}
