namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// What a tool call gave back, as text for the model (already capped, truncation marked in the text).
/// <paramref name="Failed"/> when the server reported an error result or the call could not complete.
/// </summary>
internal sealed record ToolOutput(string Text, bool Failed);
