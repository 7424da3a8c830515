using System.Diagnostics.CodeAnalysis;

namespace OpenClaw.Rpc.Processes;

/// <summary>How a child run ended for a caller that needs its output: the result, or why it does not count.</summary>
internal sealed record ProcessOutcome
{
    private ProcessOutcome(ProcessResult? result, string? failure, bool timedOut)
    {
        Result = result;
        Failure = failure;
        TimedOut = timedOut;
    }

    /// <summary>What the child did, when it exited 0 within its bounds.</summary>
    public ProcessResult? Result { get; }

    /// <summary>Why not (cannot start, timed out, exited non-zero, flooded stdout), in words an attempt can report.</summary>
    public string? Failure { get; }

    /// <summary>The child ran past its own timeout and was killed.</summary>
    public bool TimedOut { get; }

    /// <summary>Whether <see cref="Result"/> holds usable output.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Result is not null;

    /// <summary>A run whose output counts.</summary>
    public static ProcessOutcome Of(ProcessResult result) => new(result, null, false);

    /// <summary>A run whose output does not count.</summary>
    public static ProcessOutcome Failed(string reason, bool timedOut) => new(null, reason, timedOut);
}
