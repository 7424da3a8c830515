namespace OpenClaw.Rpc.Features.Tools;

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

    /// <summary>The final statuses: the outcomes a call can end with.</summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { Completed, Failed, Denied, Cancelled };
}
