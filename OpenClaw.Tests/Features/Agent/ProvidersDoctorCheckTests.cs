using System.Text.Json;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>The providers doctor check: unused, unable to run or ready, and with deep, a probe of each provider with its key.</summary>
public sealed class ProvidersDoctorCheckTests
{
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
}
