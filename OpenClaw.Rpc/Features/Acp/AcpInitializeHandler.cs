using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>initialize</c>. Version 1 is the only one served, so it is the answer whatever the client offers (the
/// client disconnects if it cannot speak it). Providers are set in the runtime's own config, so the one auth method is
/// of the agent kind: <c>authenticate</c> only confirms a provider is usable.
/// </summary>
internal sealed class AcpInitializeHandler(ServerIdentity identity) : IAcpInitialize
{
    public const string AuthMethodId = "openclaw-config";

    private static readonly AcpAgentCapabilities Capabilities = new(
        LoadSession: true,
        new AcpPromptCapabilities(Image: false, Audio: false, EmbeddedContext: true),
        new AcpMcpCapabilities(Http: false, Sse: false),
        new AcpSessionCapabilities(new AcpCapability()));

    private static readonly AcpAuthMethod[] AuthMethods =
    [
        new(AuthMethodId, "OpenClaw config",
            "Model providers come from the runtime config file (models.providers) or key variables such as OPENAI_API_KEY; nothing to enter here."),
    ];

    public Task<AcpInitializeResult> InvokeAsync(AcpInitializeParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new AcpInitializeResult(AcpDialect.ProtocolVersion, Capabilities, AuthMethods,
            new AcpImplementation(identity.Name, "OpenClaw", identity.Version)));
    }
}
