using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System;

/// <summary>Takes the <c>initialized</c> notification; LSP-style clients send it, and nothing waits for it.</summary>
internal sealed class InitializedHandler : IInitialized
{
    public Task InvokeAsync(EmptyParams? parameters = null) => Task.CompletedTask;
}
