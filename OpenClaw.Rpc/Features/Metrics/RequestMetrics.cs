using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Metrics;

/// <summary>Counts answered requests by method and outcome and keeps a latency histogram per method.</summary>
internal sealed class RequestMetrics : IRequestObserver
{
    /// <summary>Upper bounds of the latency buckets, in milliseconds (the last bucket is unbounded).</summary>
    public static readonly double[] BucketBoundsMs = [0.1, 0.5, 1, 5, 10, 50, 100, 500, 1000, 5000];

    private readonly Dictionary<(string Method, string Outcome), long> _counts = [];
    private readonly Dictionary<string, Histogram> _latency = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Completed(string method, string outcome, TimeSpan elapsed)
    {
        lock (_lock)
        {
            _counts[(method, outcome)] = _counts.GetValueOrDefault((method, outcome)) + 1;
            if (!_latency.TryGetValue(method, out Histogram? histogram))
            {
                _latency[method] = histogram = new Histogram(new long[BucketBoundsMs.Length + 1]);
            }

            double ms = elapsed.TotalMilliseconds;
            int bucket = Array.FindIndex(BucketBoundsMs, bound => ms <= bound);
            histogram.Buckets[bucket < 0 ? BucketBoundsMs.Length : bucket]++;
            histogram.Count++;
            histogram.SumMs += ms;
        }
    }

    public (IReadOnlyList<RequestCount> Requests, IReadOnlyList<LatencyHistogram> Latency) Snapshot()
    {
        lock (_lock)
        {
            RequestCount[] requests = [.. _counts.OrderBy(c => c.Key.Method, StringComparer.Ordinal).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal)
                .Select(c => new RequestCount(c.Key.Method, c.Key.Outcome, c.Value))];
            LatencyHistogram[] latency = [.. _latency.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => new LatencyHistogram(h.Key, h.Value.Count,
                Math.Round(h.Value.SumMs, 3), [.. h.Value.Buckets.Select((count, i) => new LatencyBucket(i < BucketBoundsMs.Length ? BucketBoundsMs[i] : null, count))]))];
            return (requests, latency);
        }
    }

    private sealed class Histogram(long[] buckets)
    {
        public long[] Buckets { get; } = buckets;

        public long Count { get; set; }

        public double SumMs { get; set; }
    }
}
