using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Metrics;

/// <summary>Answers <c>runtime.metrics</c>: request counts and latency, in-flight, memory, and every area's counters.</summary>
internal sealed class RuntimeMetricsHandler(RequestMetrics requests, IEnumerable<IMetricsSource> sources, InFlightRequests inFlight, TimeProvider time,
    ProcessClock clock) : IRuntimeMetrics
{
    public Task<MetricsResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (IReadOnlyList<RequestCount> counts, IReadOnlyList<LatencyHistogram> latency) = requests.Snapshot();
        var memory = new MetricsMemory(Environment.WorkingSet, PeakRss(), GC.GetTotalMemory(forceFullCollection: false));
        return Task.FromResult(new MetricsResult((long)time.GetElapsedTime(clock.StartTimestamp).TotalMilliseconds, Math.Max(0, inFlight.Count - 1),
            memory, counts, latency, [.. sources.SelectMany(s => s.Collect())]));
    }

    private static long? PeakRss()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
