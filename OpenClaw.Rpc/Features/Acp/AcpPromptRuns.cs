namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// The prompts running in each session, so <c>session/cancel</c> (a notification naming only the session) can stop
/// them. A stopped prompt answers <c>cancelled</c>, not an error.
/// </summary>
internal sealed class AcpPromptRuns
{
    private readonly Dictionary<string, List<CancellationTokenSource>> _running = new(StringComparer.Ordinal);

    public PromptRun Start(string sessionId)
    {
        var run = new CancellationTokenSource();
        lock (_running)
        {
            if (!_running.TryGetValue(sessionId, out List<CancellationTokenSource>? runs))
            {
                runs = [];
                _running.Add(sessionId, runs);
            }

            runs.Add(run);
        }

        return new PromptRun(this, sessionId, run);
    }

    public void Cancel(string sessionId)
    {
        CancellationTokenSource[] runs;
        lock (_running)
        {
            runs = _running.TryGetValue(sessionId, out List<CancellationTokenSource>? found) ? [.. found] : [];
        }

        foreach (CancellationTokenSource run in runs)
        {
            run.Cancel();
        }
    }

    private void End(string sessionId, CancellationTokenSource run)
    {
        lock (_running)
        {
            if (_running.TryGetValue(sessionId, out List<CancellationTokenSource>? runs) && runs.Remove(run) && runs.Count == 0)
            {
                _running.Remove(sessionId);
            }
        }

        // Not disposed: a cancel that copied the list just before may still call Cancel on it, and a source with no
        // timer and no wait handle holds nothing a finalizer-free drop would leak.
    }

    /// <summary>One running prompt; dispose it when the prompt has answered.</summary>
    internal sealed class PromptRun(AcpPromptRuns owner, string sessionId, CancellationTokenSource source) : IDisposable
    {
        public CancellationToken Cancelled => source.Token;

        public bool CancelRequested => source.IsCancellationRequested;

        public void Dispose() => owner.End(sessionId, source);
    }
}
