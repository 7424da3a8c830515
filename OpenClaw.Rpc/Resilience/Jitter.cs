namespace OpenClaw.Rpc.Resilience;

/// <summary>The randomness that spreads retry backoff, from the container so tests can pin it.</summary>
internal sealed class Jitter(Func<double> next)
{
    /// <summary>Uniform in [0, 1) from the shared generator.</summary>
    public static Jitter Shared { get; } = new(Random.Shared.NextDouble);

    /// <summary>A value in [0, 1).</summary>
    public double Next() => next();
}
