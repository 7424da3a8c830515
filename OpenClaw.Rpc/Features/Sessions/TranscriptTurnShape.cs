namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>How a run of messages starting at a user message measures up against the shape of a turn (<see cref="TranscriptTurn"/>).</summary>
internal enum TranscriptTurnShape
{
    /// <summary>A whole turn.</summary>
    Whole,

    /// <summary>The messages ran out before the final answer: what a write cut short leaves.</summary>
    Unfinished,

    /// <summary>Something no writer produces (a hand edit, junk): not a turn.</summary>
    Malformed,
}
