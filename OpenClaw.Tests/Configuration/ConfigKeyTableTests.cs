using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Agent.SelfHealing;
using OpenClaw.Rpc.Features.Diagnostics;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.System;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tts;
using OpenClaw.Rpc.Features.Voice;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Configuration;

/// <summary>
/// Each area's key table is what its loader reads, what its <c>config.get</c> entries name and what doctor knows, so a
/// key cannot drift between the three.
/// </summary>
public sealed class ConfigKeyTableTests
{
    private static IEnumerable<TestCaseData> OwningAreas() =>
        ConfigKeyArea.All.Where(a => a.Owned.Count > 0).Select(a => new TestCaseData(a.Name));

    private static IEnumerable<TestCaseData> FileKeys() =>
        ConfigKeyArea.All.SelectMany(a => a.FileKeys.Select(k => new TestCaseData(a.Name, k.Key)));

    private static IEnumerable<TestCaseData> OwnedSections() =>
        ConfigKeyArea.All.SelectMany(a => a.Owned).Select(s => new TestCaseData(s.Name));

    [TestCaseSource(nameof(OwningAreas))]
    [CancelAfter(60_000)]
    public async Task Every_file_key_of_an_area_lies_in_a_section_it_owns_and_doctor_knows_it(string name, CancellationToken cancellationToken)
    {
        ConfigKeyArea area = ConfigKeyArea.Named(name);
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        ConfigKeyCatalog catalog = harness.Services.GetRequiredService<ConfigKeyCatalog>();
        Assert.That(catalog.Sections, Is.SupersetOf(area.Owned.Select(s => s.Name)));
        Assert.That(area.FileKeys.Where(k => !area.Owned.Any(s => s.Keys.Contains(k))).Select(k => k.Key), Is.Empty, "not in a section the area owns");
        Assert.That(area.FileKeys.Where(k => !catalog.Knows(k.Key)).Select(k => k.Key), Is.Empty, "not known to doctor");
    }

    [TestCaseSource(nameof(FileKeys))]
    public void Every_file_key_in_a_table_is_read_by_its_loader_which_names_it_when_wrong(string name, string key)
    {
        ConfigKeyArea area = ConfigKeyArea.Named(name);
        using var dir = new TempDirectory();
        // No key this runtime reads takes an array of numbers.
        File.WriteAllText(dir.File("openclaw.json"), Nested(key, new JsonArray(1)));
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());

        ConfigException error = Assert.Throws<ConfigException>(() =>
        {
            RuntimeSettings settings = RuntimeSettingsLoader.Load(RuntimeTrack.Edge, new GlobalOptions { StateDir = dir.Path }, environment, new SecretRedactor());
            area.Load(settings, environment);
        })!;

        // A list names the item that is wrong: agents.defaults.model.fallbacks[0].
        Assert.That(error.Key, Is.EqualTo(key).Or.StartsWith(key + "["));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Every_config_get_entry_names_a_key_in_its_area_table(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: new Dictionary<string, string> { ["OPENAI_API_KEY"] = "sk-table-test-1234" },
            configJson: "{\"models\":{\"providers\":{\"local\":{\"baseUrl\":\"http://127.0.0.1:9/v1\",\"models\":[\"m\"]}}},"
                + "\"mcp\":{\"servers\":{\"files\":{\"command\":\"npx\",\"env\":{\"A\":\"b\"}}}}}");
        IEnumerable<ConfigKey> providers = harness.Services.GetRequiredService<AgentOptions>().Providers.SelectMany(p => AgentConfigKeys.Provider(p.Id).All);
        var tables = new Dictionary<Type, IEnumerable<ConfigKey>>
        {
            [typeof(HostEffectiveSettings)] = HostConfigKeys.All,
            [typeof(TtsEffectiveSettings)] = TtsConfigKeys.All,
            [typeof(VoiceEffectiveSettings)] = VoiceConfigKeys.All,
            [typeof(SessionsEffectiveSettings)] = SessionsConfigKeys.All,
            [typeof(AgentEffectiveSettings)] = [.. SelfHealingConfigKeys.All, .. AgentConfigKeys.All, .. providers],
            [typeof(ToolsEffectiveSettings)] = [.. ToolsConfigKeys.All, .. ToolsConfigKeys.Server("files").All],
        };

        IEffectiveSettings[] areas = [.. harness.Services.GetServices<IEffectiveSettings>()];
        Assert.That(areas.Select(a => a.GetType()), Is.EquivalentTo(tables.Keys), "every area that shows settings has a table here");
        foreach (IEffectiveSettings area in areas)
        {
            Assert.That(area.Describe().Select(s => s.Key), Is.SubsetOf(tables[area.GetType()].Select(k => k.Key)), area.GetType().Name);
        }

        JsonElement shown = JsonAssert.Result(await harness.CallAsync("config.get", cancellationToken: cancellationToken)).GetProperty("settings");
        Assert.That(shown.EnumerateArray().Select(s => s.GetProperty("key").GetString()), Has.Member("models.providers.local.baseUrl")
            .And.Member("mcp.servers.files.command"), "the declared provider and server are among the entries checked");
    }

    [TestCaseSource(nameof(OwnedSections))]
    [CancelAfter(60_000)]
    public async Task A_misspelt_key_in_an_owned_section_is_reported_by_doctor(string sectionName, CancellationToken cancellationToken)
    {
        ConfigSection section = ConfigKeyArea.All.SelectMany(a => a.Owned).Single(s => s.Name == sectionName);
        string misspelt = section.Keys[^1].Key[..^1];
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: Nested(misspelt, JsonValue.Create(1)));
        JsonElement config = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("warn"));
        Assert.That(config.GetProperty("message").GetString(), Is.EqualTo($"unknown keys (ignored): {misspelt}"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Keys_this_runtime_does_not_read_in_upstream_sections_pass_doctor(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson: """
            {"models":{"providers":{"local":{"baseUrl":"http://127.0.0.1:9/v1","models":["m"],"contextWindow":8192}}},
             "agents":{"defaults":{"thinking":"low"}},"gateway":{"port":18789}}
            """);
        JsonElement config = DoctorTests.Check(JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken)), "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("pass"), config.ToString());
    }

    /// <summary>A config file setting one dotted key.</summary>
    internal static string Nested(string key, JsonNode value)
    {
        string[] parts = key.Split('.');
        JsonNode node = value;
        foreach (string part in parts.Reverse())
        {
            node = new JsonObject { [part] = node };
        }

        return node.ToJsonString();
    }
}
