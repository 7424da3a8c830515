using System.Runtime.InteropServices;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Answers <c>status</c>: where the runtime reads its config and keeps its state, and what it runs on.</summary>
internal sealed class StatusHandler(ServerIdentity identity, RuntimeSettings settings) : IStatus
{
    public Task<StatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var runtime = new RuntimeVersions(Environment.Version.ToString(), RuntimeInformation.OSDescription,
            RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), NativeAot: RuntimeKind.IsNativeAot);
        return Task.FromResult(new StatusResult(identity.Track.WireName(), identity.Version, ServerIdentity.ProtocolVersion,
            settings.ConfigPath, settings.Config.Loaded, settings.StateDir, runtime));
    }
}
