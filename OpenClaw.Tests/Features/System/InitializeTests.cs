using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.System;

/// <summary>initialize: what it reports, and a client that speaks only another major version.</summary>
public sealed class InitializeTests
{
    [Test]
    public async Task Initialize_reports_track_protocol_version_and_served_methods()
    {
        await using var harness = RpcHarness.Start();
        JsonElement result = JsonAssert.Result(await harness.CallAsync("initialize", "{\"processId\":null,\"protocolVersions\":[\"1.0\",\"2.0\"]}"));
        Assert.That(result.GetProperty("protocolVersion").GetString(), Is.EqualTo("1.0"));
        Assert.That(result.GetProperty("track").GetString(), Is.EqualTo("core"));
        Assert.That(result.GetProperty("serverInfo").GetProperty("name").GetString(), Is.EqualTo("openclaw-core"));
        string[] methods = [.. result.GetProperty("capabilities").GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];
        Assert.That(methods, Is.SupersetOf(new[] { "initialize", "shutdown", "exit", "health", "status", "rpc.discover" }));
        Assert.That(result.GetProperty("capabilities").GetProperty("batches").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_client_speaking_only_another_major_version_is_refused_clearly()
    {
        await using var harness = RpcHarness.Start();
        JsonElement response = await harness.CallAsync("initialize", "{\"protocolVersion\":\"2.1\"}");
        JsonAssert.IsError(response, -32010, "unsupportedProtocolVersion");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("supported")[0].GetString(), Is.EqualTo("1.0"));
    }
}
