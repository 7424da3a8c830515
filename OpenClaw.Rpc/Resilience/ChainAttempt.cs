namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// One attempt of a chain, in the order made: the provider (and model, for chains that have one), its
/// <see cref="AttemptOutcome"/>, why when it did not succeed, how long it took and how long the chain waited before it.
/// </summary>
internal sealed record ChainAttempt(string Provider, string? Model, string Outcome, string? Reason, long DurationMs, long DelayMs);
