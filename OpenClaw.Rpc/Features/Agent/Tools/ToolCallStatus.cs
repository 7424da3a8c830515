namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// A tool call's status as both protocols report it: <see cref="Pending"/>, then <see cref="Running"/> once allowed,
/// then one final status. The final status is the call's outcome in results, transcripts and metrics.
/// </summary>
internal static class ToolCallStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Denied = "denied";
    public const string Cancelled = "cancelled";
}
