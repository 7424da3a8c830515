using System.Collections.Concurrent;
using System.Threading.Channels;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>
/// In-memory providers for a chain: each answers its calls from a script (the last reply repeats) and every call is
/// logged with the fake clock's time, so a test sees who was asked, how often and when.
/// </summary>
internal sealed class ScriptedProviders(TimeProvider clock)
{
    private readonly Dictionary<string, Func<AttemptContext, ValueTask<string>>[]> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Provider, DateTimeOffset At)> _calls = new();
    private readonly Channel<string> _started = Channel.CreateUnbounded<string>();

    public ScriptedProviders On(string provider, params Func<AttemptContext, ValueTask<string>>[] replies)
    {
        _scripts[provider] = replies;
        return this;
    }

    /// <summary>The chain's attempt function.</summary>
    public ValueTask<string> AttemptAsync(ChainStep<string> step, AttemptContext context)
    {
        Func<AttemptContext, ValueTask<string>>[] script = _scripts[step.Target];
        int made = CallsTo(step.Target);
        _calls.Enqueue((step.Target, clock.GetUtcNow()));
        _started.Writer.TryWrite(step.Target);
        return script[Math.Min(made, script.Length - 1)](context);
    }

    public int CallsTo(string provider) => _calls.Count(c => c.Provider == provider);

    /// <summary>Every call in order as <c>provider@ms</c>, the fake clock's milliseconds since the test started it.</summary>
    public IEnumerable<string> Timeline(DateTimeOffset origin) =>
        _calls.Select(c => $"{c.Provider}@{(long)(c.At - origin).TotalMilliseconds}");

    /// <summary>Waits until the next call has started (bounded, so a chain that never calls fails the test).</summary>
    public async Task<string> NextCallAsync(CancellationToken cancellationToken) =>
        await _started.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
}
