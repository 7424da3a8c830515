using System.Text.Json;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Answers <c>rpc.discover</c> with the OpenRPC document of the running track, built once.</summary>
internal sealed class DiscoverHandler(MethodCatalog catalog, ServerIdentity identity) : IDiscover
{
    private readonly Lazy<JsonElement> _document = new(() => OpenRpcDocument.ForMethods(catalog.Methods, identity.Version));

    public Task<JsonElement> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_document.Value);
    }
}
