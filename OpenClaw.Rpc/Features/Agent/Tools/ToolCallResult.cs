using System.Text.Json;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// One finished tool call: the model's call id, the namespaced tool, the arguments (an empty object when the model's
/// were not valid), the final status, the text the model is given back, and how long it took from the model's ask.
/// </summary>
internal sealed record ToolCallResult(string Id, string Tool, JsonElement Arguments, string Outcome, string Text, long DurationMs);
