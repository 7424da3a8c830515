using System.Text.Json;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.System;

/// <summary>shutdown: requests after it are refused, and the exit that follows ends the session with code 0.</summary>
public sealed class ShutdownTests
{
    [Test]
    public async Task After_shutdown_requests_are_refused_and_exit_ends_with_code_0()
    {
        await using var harness = RpcHarness.Start();
        JsonElement shutdown = await harness.CallAsync("shutdown", id: 1);
        Assert.That(shutdown.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null));
        JsonAssert.IsError(await harness.CallAsync("health", id: 2), -32600, "shuttingDown");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        SessionEnd end = await harness.Session.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(end, Is.EqualTo(new SessionEnd(SessionEndReason.Exit, 0)));
    }
}
