using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>What the agent area contributes to doctor, the track contract, the security audit and config.get.</summary>
public sealed class AgentDiagnosticsTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Doctor_reports_the_self_healing_policy_and_warns_on_the_kill_switch(CancellationToken cancellationToken)
    {
        await using var on = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await on.CallAsync("doctor", cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(check.GetProperty("message").GetString(),
            Is.EqualTo("on: 4 attempts per provider, backoff 200..5000 ms, attempt timeout 60000 ms, circuit breaker per provider"));

        await using var off = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"enabled\":false}}}");
        JsonElement offCheck = DoctorTests.Check(JsonAssert.Result(await off.CallAsync("doctor", cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(offCheck.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(offCheck.GetProperty("message").GetString(), Does.StartWith("self-healing is off (kill switch)"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_backoff_above_its_maximum_raises_the_maximum_with_a_warning(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"backoffMs\":3000,\"maxBackoffMs\":1000}}}");
        JsonElement providers = JsonAssert.Result(await harness.CallAsync("agent.providers", cancellationToken: cancellationToken));
        Assert.That(providers.GetProperty("selfHealing").GetProperty("policy").GetProperty("maxBackoffMs").GetInt32(), Is.EqualTo(3000));
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", id: 2, cancellationToken: cancellationToken)), "selfHealing");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("message").GetString(), Is.EqualTo("backoffMs is above maxBackoffMs, which was raised to match"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Core_beyond_its_conservative_promise_is_a_track_contract_warning(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(configJson: "{\"runtime\":{\"selfHealing\":{\"maxAttempts\":5,\"circuitBreaker\":true}}}");
        JsonElement check = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "trackContract");
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(check.GetProperty("detail").GetString(), Is.EqualTo(
            "runtime.selfHealing.maxAttempts is 5; core promises at most 3; runtime.selfHealing.circuitBreaker is on; core promises none (use openclaw-edge)"));

        await using var edge = RpcHarness.Start(RuntimeTrack.Edge, configJson: "{\"runtime\":{\"selfHealing\":{\"maxAttempts\":5}}}");
        Assert.That(DoctorTests.Check(JsonAssert.Result(await edge.CallAsync("doctor", cancellationToken: cancellationToken)), "trackContract").GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Providers_check_warns_when_unused_fails_when_the_chain_cannot_run_and_passes_when_it_can(CancellationToken cancellationToken)
    {
        await using var none = RpcHarness.Start();
        JsonElement unused = DoctorTests.Check(JsonAssert.Result(await none.CallAsync("doctor", cancellationToken: cancellationToken)), "providers");
        Assert.That(unused.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(unused.GetProperty("message").GetString(), Does.StartWith("no agent provider is configured"));

        await using var server = new FakeLlmServer();
        await using var broken = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m1", fallbacks: ["openai/gpt-4o-mini"]));
        JsonElement result = JsonAssert.Result(await broken.CallAsync("doctor", cancellationToken: cancellationToken));
        JsonElement fail = DoctorTests.Check(result, "providers");
        Assert.That(fail.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(fail.GetProperty("detail").GetString(),
            Is.EqualTo("k/m1: not configured: TEST_LLM_KEY is not set; openai/gpt-4o-mini: not configured: OPENAI_API_KEY is not set"));
        Assert.That(result.GetProperty("ok").GetBoolean(), Is.False);

        await using var partly = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "k/m1", fallbacks: ["a/m1"]), environment: AgentConfig.Environment());
        JsonElement pass = DoctorTests.Check(JsonAssert.Result(await partly.CallAsync("doctor", cancellationToken: cancellationToken)), "providers");
        Assert.That(pass.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(pass.GetProperty("detail").GetString(), Is.EqualTo("k/m1: key from TEST_LLM_KEY; a/m1: keyless"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Deep_doctor_probes_each_configured_provider_with_its_key(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Always("a", LlmReply.OpenAiText("{\"data\":[]}"))
            .Always("k", LlmReply.Error(401, "{\"error\":{\"code\":\"invalid_api_key\"}}"));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server, primary: "a/m1", fallbacks: ["k/m1", "b/m1"]),
            environment: AgentConfig.Environment());
        JsonElement plain = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", id: 1, cancellationToken: cancellationToken)), "providers");
        Assert.That(plain.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(server.Requests, Is.Empty, "only --deep reaches out");

        JsonElement deep = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", "{\"deep\":true}", id: 2, cancellationToken: cancellationToken)), "providers");
        Assert.That(deep.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(deep.GetProperty("message").GetString(), Is.EqualTo("1 of 3 probed providers did not answer well"));
        Assert.That(deep.GetProperty("detail").GetString(), Is.EqualTo(
            "a: reachable (HTTP 200); k: k refused the key (HTTP 401, invalid_api_key); check TEST_LLM_KEY; b: reachable (it has no model list)"));
        LlmRequest probe = server.RequestsTo("k").Single();
        Assert.That(probe.Path, Is.EqualTo("/k/v1/models"));
        Assert.That(probe.Headers["Authorization"], Is.EqualTo($"Bearer {AgentConfig.Key}"));
        AgentConfig.AssertNoSecret(harness, deep);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Plain_http_to_a_remote_provider_with_a_key_is_critical_and_never_shows_the_key(CancellationToken cancellationToken)
    {
        const string config = "{\"models\":{\"providers\":{\"lan\":{\"baseUrl\":\"http://10.1.2.3:8000/v1\",\"apiKey\":\"${TEST_LLM_KEY}\",\"models\":[\"m\"]},"
            + "\"open\":{\"baseUrl\":\"http://example.org/v1\",\"models\":[\"m\"]},\"home\":{\"baseUrl\":\"http://localhost:11434/v1\",\"models\":[\"m\"]}}}}";
        await using var harness = RpcHarness.Start(configJson: config, environment: AgentConfig.Environment());
        JsonElement result = JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));
        JsonElement[] http = [.. result.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("checkId").GetString() == "transport.insecureHttp")];
        Assert.That(http.Select(f => $"{f.GetProperty("severity").GetString()}: {f.GetProperty("title").GetString()}"), Is.EquivalentTo(new[]
        {
            "critical: agent provider lan goes over plain http to another host",
            "warn: agent provider open goes over plain http to another host",
        }));
        AgentConfig.AssertNoSecret(harness, result);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task The_kill_switch_is_an_audit_info_finding(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(environment: new Dictionary<string, string> { ["OPENCLAW_SELF_HEAL_ENABLED"] = "off" });
        JsonElement result = JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));
        JsonElement finding = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("checkId").GetString() == "selfHealing.bounds");
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("info"));
    }
}
