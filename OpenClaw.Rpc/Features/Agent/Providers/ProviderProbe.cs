using System.Globalization;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>What a probe found: whether the provider answered and accepted the key, in words for the doctor report.</summary>
internal sealed record ProbeResult(bool Healthy, string Text);

/// <summary>
/// <c>doctor --deep</c>: asks a provider for its model list (<c>GET /models</c>, the cheapest call both APIs have), with the
/// key, bounded by <see cref="Timeout"/>. No tokens are spent.
/// </summary>
internal sealed class ProviderProbe(ProviderHttp http)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<ProbeResult> ProbeAsync(AgentProviderOptions provider, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        using HttpRequestMessage request = ProviderRequests.Create(provider, HttpMethod.Get, "/models");
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, provider.Id, provider.KeySource, bounded.Token).ConfigureAwait(false);
            return new ProbeResult(true, string.Create(CultureInfo.InvariantCulture, $"reachable (HTTP {(int)response.StatusCode})"));
        }
        catch (ProviderFailure failure) when (failure.Message.Contains("(HTTP 404", StringComparison.Ordinal))
        {
            return new ProbeResult(true, "reachable (it has no model list)");
        }
        catch (ProviderFailure failure)
        {
            return new ProbeResult(false, failure.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, string.Create(CultureInfo.InvariantCulture, $"no answer within {Timeout.TotalMilliseconds:0} ms"));
        }
    }
}
