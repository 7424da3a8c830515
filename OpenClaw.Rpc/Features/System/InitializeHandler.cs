using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Answers <c>initialize</c>: negotiates the protocol version and reports what this track serves.</summary>
internal sealed class InitializeHandler(ServerIdentity identity, MethodCatalog catalog, HostOptions host, LifecycleState lifecycle) : IInitialize
{
    private static readonly string[] Framings = ["content-length", "newline"];

    public Task<InitializeResult> InvokeAsync(InitializeParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new InitializeParams();
        cancellationToken.ThrowIfCancellationRequested();
        EnsureCompatible(parameters);
        if (parameters.ProcessId is <= 0)
        {
            throw RpcException.InvalidParams("processId", "processId must be a positive integer");
        }

        lifecycle.MarkClientAnswersApprovals(parameters.Capabilities is { ValueKind: JsonValueKind.Object } declared
            && declared.TryGetProperty("approvals", out JsonElement approvals) && approvals.ValueKind == JsonValueKind.True);
        lifecycle.MarkInitialized(parameters.ProcessId);
        var capabilities = new ServerCapabilities(catalog.Methods, Framings, Progress: true, Cancellation: true, Batches: false,
            new ServerLimits(host.MaxMessageBytes, host.MaxInFlight));
        return Task.FromResult(new InitializeResult(ServerIdentity.ProtocolVersion, new ServerInfo(identity.Name, identity.Version),
            identity.Track.WireName(), capabilities));
    }

    private static void EnsureCompatible(InitializeParams parameters)
    {
        List<string> offered = [.. parameters.ProtocolVersions ?? []];
        if (parameters.ProtocolVersion is { } single)
        {
            offered.Add(single);
        }

        if (offered.Count == 0 || offered.Any(v => Major(v) == Major(ServerIdentity.ProtocolVersion)))
        {
            return;
        }

        throw new RpcException(RpcErrorCodes.UnsupportedProtocolVersion,
            $"Unsupported protocol version: the client offered {string.Join(", ", offered)}; this server speaks {ServerIdentity.ProtocolVersion}",
            new RpcErrorData { Kind = RpcErrorKinds.UnsupportedProtocolVersion, Supported = [ServerIdentity.ProtocolVersion] });
    }

    private static string Major(string version) => version.Split('.')[0].Trim();
}
