namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// What an append did: the transcript's length before it (what a rollback truncates to; 0 when the append created
/// the file) and after it, and the messages the transcript now holds.
/// </summary>
internal readonly record struct TranscriptAppend(long LengthBefore, long LengthAfter, int MessageCount);
