namespace OpenClaw.Rpc.Dispatch;

/// <summary>Told about every answered request (metrics). Called on the answer path: must be cheap and never throw.</summary>
internal interface IRequestObserver
{
    /// <summary>A request to <paramref name="method"/> was answered: <paramref name="outcome"/> is "ok" or the error code.</summary>
    void Completed(string method, string outcome, TimeSpan elapsed);
}
