using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Resilience;

/// <summary>What every provider chain needs from the container: the clock, the jitter of its backoff and the log.</summary>
internal sealed class ChainServices(TimeProvider time, Jitter jitter, RuntimeLog log)
{
    public TimeProvider Time => time;

    public Jitter Jitter => jitter;

    public RuntimeLog Log => log;
}
