using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Routes each system method to its handler.</summary>
internal sealed class SystemMethods(
    InitializeHandler initialize,
    DiscoverHandler discover,
    HealthHandler health,
    StatusHandler status) : ISystemMethods
{
    public Task<InitializeResult> InitializeAsync(InitializeParams? parameters = null, CancellationToken cancellationToken = default) =>
        initialize.InvokeAsync(parameters ?? new InitializeParams(), cancellationToken);

    public Task InitializedAsync(EmptyParams? parameters = null) => Task.CompletedTask;

    // The host marks the lifecycle when it forwards shutdown, so nothing races ahead of it; there is nothing
    // to flush yet, so the answer is immediate.
    public Task ShutdownAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<JsonElement> DiscoverAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) => discover.InvokeAsync(cancellationToken);

    public Task<HealthResult> HealthAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) => health.InvokeAsync(cancellationToken);

    public Task<StatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) => status.InvokeAsync(cancellationToken);
}
