using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// A tool call's status in ACP's words: <c>pending</c> opens it as a <c>tool_call</c> (with the arguments as
/// <c>rawInput</c>), <c>running</c> is <c>in_progress</c>, and a call that failed, was denied or was cancelled ends
/// <c>failed</c> with the reason as its content.
/// </summary>
internal static class AcpToolCalls
{
    public static AcpToolCall From(ToolCallProgress call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Status switch
        {
            ToolCallStatus.Pending => Opened(call.Id, call.Tool, "pending", call.Arguments),
            ToolCallStatus.Running => new AcpToolCall(AcpToolCall.ToolCallUpdateKind, call.Id, Status: "in_progress"),
            _ => Closed(call.Id, call.Status, call.Result ?? string.Empty),
        };
    }

    /// <summary>A <c>tool_call</c> update that opens a call (live, or replayed by <c>session/load</c> with its final status).</summary>
    public static AcpToolCall Opened(string id, string tool, string status, JsonElement? arguments) =>
        new(AcpToolCall.ToolCallKind, id, tool, AcpToolCall.OtherKind, status, arguments);

    /// <summary>The <c>tool_call_update</c> that ends a call with its outcome.</summary>
    public static AcpToolCall Closed(string id, string outcome, string text) =>
        new(AcpToolCall.ToolCallUpdateKind, id, Status: Status(outcome), Content: [AcpToolCallContent.Text(text)]);

    /// <summary>ACP has only <c>completed</c> and <c>failed</c> for a finished call.</summary>
    public static string Status(string outcome) => outcome == ToolCallStatus.Completed ? "completed" : "failed";
}
