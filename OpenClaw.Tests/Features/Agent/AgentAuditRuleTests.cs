using System.Text.Json;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>What security.audit says about the agent area: plain http to a remote provider, and the self-healing kill switch.</summary>
public sealed class AgentAuditRuleTests
{
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
