using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Answers <c>health</c>: cheap liveness figures, no I/O.</summary>
internal sealed class HealthHandler(ServerIdentity identity, InFlightRequests inFlight, TimeProvider time, ProcessClock clock, ProcessMemorySampler memory) : IHealth
{
    public Task<HealthResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long uptime = (long)time.GetElapsedTime(clock.StartTimestamp).TotalMilliseconds;

        // This request is itself in flight; report the others.
        int others = Math.Max(0, inFlight.Count - 1);
        return Task.FromResult(new HealthResult("ok", identity.Track.WireName(), identity.Version, uptime, memory.Read(), others));
    }
}
