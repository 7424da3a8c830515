using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Client;

/// <summary>
/// A <c>progressToken</c> whose <c>$/progress</c> values go to one <see cref="IProgress{T}"/> until disposed. Pass
/// <see cref="Token"/> as the request's <c>progressToken</c>; every value is reported before the request's answer is returned.
/// </summary>
public sealed class ProgressSubscription : IDisposable
{
    private readonly ProgressRouter _router;

    internal ProgressSubscription(ProgressRouter router, JsonElement token, IProgress<ProgressValue> progress)
    {
        _router = router;
        Token = token;
        Progress = progress;
    }

    /// <summary>The token to send as <c>progressToken</c>.</summary>
    public JsonElement Token { get; }

    internal IProgress<ProgressValue> Progress { get; }

    /// <summary>Stops routing values for <see cref="Token"/>.</summary>
    public void Dispose() => _router.Remove(this);
}
