namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// One step of a provider chain: whom to ask (<typeparamref name="TTarget"/>), under which provider id and model, or why
/// not (<see cref="SkipReason"/>: the step is reported as skipped, spending no attempt and no backoff).
/// </summary>
internal sealed record ChainStep<TTarget>(string Provider, string? Model, TTarget Target, string? SkipReason = null);
