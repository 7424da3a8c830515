using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent;

/// <summary>Config documents for agent tests: providers on the fake server, a chain, and self-healing knobs.</summary>
internal static class AgentConfig
{
    public const string Key = "sk-test-agent-secret-7781";

    /// <summary>
    /// Providers <c>a</c> and <c>b</c> (keyless, OpenAI style), <c>k</c> (OpenAI style with <c>${TEST_LLM_KEY}</c>) and
    /// <c>c</c> (Anthropic with the same key), all on <paramref name="server"/>.
    /// </summary>
    public static string For(FakeLlmServer server, string primary = "a/m1", string[]? fallbacks = null, string selfHealing = "{\"backoffMs\":0}",
        string extra = "")
    {
        var document = new JsonObject
        {
            ["models"] = new JsonObject
            {
                ["providers"] = new JsonObject
                {
                    ["a"] = Provider(server.BaseUrl("a"), "openai-completions", key: false),
                    ["b"] = Provider(server.BaseUrl("b"), "openai-completions", key: false),
                    ["k"] = Provider(server.BaseUrl("k"), "openai-completions", key: true),
                    ["c"] = Provider(server.Root + "/c", "anthropic-messages", key: true),
                },
            },
            ["agents"] = new JsonObject
            {
                ["defaults"] = new JsonObject
                {
                    ["model"] = new JsonObject { ["primary"] = primary, ["fallbacks"] = new JsonArray([.. (fallbacks ?? ["b/m1"]).Select(f => (JsonNode)f)]) },
                },
            },
            ["runtime"] = new JsonObject { ["selfHealing"] = JsonNode.Parse(selfHealing) },
        };
        string json = document.ToJsonString();
        return extra.Length == 0 ? json : json[..^1] + "," + extra + "}";
    }

    public static Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { ["TEST_LLM_KEY"] = Key };
        foreach ((string name, string value) in more)
        {
            environment[name] = value;
        }

        return environment;
    }

    public static JsonElement SelfHealing(JsonElement resultOrErrorData) => resultOrErrorData.GetProperty("runtime").GetProperty("selfHealing");

    /// <summary>"provider/model:outcome" for each attempt, for compact assertions.</summary>
    public static string[] Attempts(JsonElement selfHealing) =>
        [.. selfHealing.GetProperty("attempts").EnumerateArray()
            .Select(a => $"{a.GetProperty("provider").GetString()}/{a.GetProperty("model").GetString()}:{a.GetProperty("outcome").GetString()}")];

    public static void AssertNoSecret(RpcHarness harness, params JsonElement[] outputs)
    {
        foreach (JsonElement output in outputs)
        {
            Assert.That(output.GetRawText(), Does.Not.Contain(Key));
        }

        Assert.That(harness.Log, Does.Not.Contain(Key));
    }

    private static JsonObject Provider(string baseUrl, string api, bool key)
    {
        var provider = new JsonObject
        {
            ["baseUrl"] = baseUrl,
            ["api"] = api,
            ["models"] = new JsonArray(new JsonObject { ["id"] = "m1" }, new JsonObject { ["id"] = "m2", ["maxTokens"] = 99 }),
        };
        if (key)
        {
            provider["apiKey"] = "${TEST_LLM_KEY}";
        }

        return provider;
    }
}
