using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>
/// Answers <c>shutdown</c>. The host marks the lifecycle when it forwards the request, so nothing races ahead of it;
/// there is nothing to flush (every write is on disk before its answer), so the answer is immediate.
/// </summary>
internal sealed class ShutdownHandler : IShutdown
{
    public Task InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
