using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Configuration;

/// <summary>
/// <c>protocol/openclaw.config.schema.json</c> against the areas' key tables: every key a loader reads is in the schema
/// and every key in the schema is read, so the two cannot drift; and the schema's types are what the loaders enforce,
/// so every value of a wrong JSON type for any key in any table stops start-up (exit 2) naming that key.
/// </summary>
public sealed class ConfigSchemaTests
{
    private static readonly JsonNode[] Kinds =
    [
        JsonValue.Create("text")!, JsonValue.Create(7)!, JsonValue.Create(2.5)!, JsonValue.Create(true)!, new JsonObject(), new JsonArray(1),
    ];

    private static JsonObject Schema { get; } =
        JsonNode.Parse(File.ReadAllText(SourceTree.PathOf("protocol/openclaw.config.schema.json")))!.AsObject();

    private static IEnumerable<TestCaseData> FileKeys() =>
        ConfigKeyArea.All.SelectMany(a => a.FileKeys.Select(k => new TestCaseData(a.Name, k.Key)));

    [Test]
    public void Every_key_in_every_area_table_is_in_the_schema_and_every_schema_key_is_in_a_table()
    {
        string[] tables = [.. ConfigKeyArea.All.SelectMany(a => a.FileKeys).Select(k => Generic(k.Key)).Distinct()];
        string[] schema = [.. Leaves(Schema, string.Empty)];

        Assert.That(tables.Except(schema), Is.Empty, "read by a loader but missing from the schema");
        Assert.That(schema.Except(tables), Is.Empty, "in the schema but read by no loader");
    }

    [TestCaseSource(nameof(FileKeys))]
    public void Every_value_of_a_wrong_json_type_is_refused_naming_the_key(string area, string key)
    {
        JsonObject node = Find(key) ?? throw new AssertionException($"{key} is not in the schema");
        string[] allowed = Types(node);
        foreach (JsonNode kind in Kinds.Where(k => !Allows(allowed, k)))
        {
            ConfigException error = Refusal(area, key, kind.DeepClone())
                ?? throw new AssertionException($"{key} = {kind.ToJsonString()} was accepted, but the schema allows only {string.Join(" or ", allowed)}");
            Assert.That(error.Key, Is.EqualTo(key).Or.StartsWith(key + "[").Or.StartsWith(key + "."), $"{key} = {kind.ToJsonString()}");
        }

        // A list refuses an item of a wrong type too, naming the list or the item (key[0]).
        string[] items = node["items"] is JsonObject itemSchema ? Types(itemSchema) : [];
        foreach (JsonNode kind in Kinds.Where(k => items.Length > 0 && !Allows(items, k)))
        {
            var list = new JsonArray(kind.DeepClone());
            ConfigException error = Refusal(area, key, list) ?? throw new AssertionException($"{key} = {list.ToJsonString()} was accepted");
            Assert.That(error.Key, Is.EqualTo(key).Or.StartsWith(key + "["), $"{key} = {list.ToJsonString()}");
        }
    }

    private static ConfigException? Refusal(string area, string key, JsonNode value)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), ConfigKeyTableTests.Nested(key, value));
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());
        try
        {
            RuntimeSettings settings = RuntimeSettingsLoader.Load(RuntimeTrack.Edge, new GlobalOptions { StateDir = dir.Path }, environment, new SecretRedactor());
            ConfigKeyArea.Named(area).Load(settings, environment);
            return null;
        }
        catch (ConfigException e)
        {
            return e;
        }
    }

    /// <summary>The schema node of a dotted key; a provider id matches <c>additionalProperties</c>.</summary>
    private static JsonObject? Find(string key)
    {
        JsonObject? node = Schema;
        foreach (string part in key.Split('.'))
        {
            node = node?["properties"]?[part] as JsonObject ?? node?["additionalProperties"] as JsonObject;
        }

        return node;
    }

    /// <summary>Dotted keys of the schema's values (nodes that are not only objects with properties, and maps by id); an entry's id is "*".</summary>
    private static IEnumerable<string> Leaves(JsonObject node, string path)
    {
        string[] types = Types(node);
        bool container = types is ["object"] && node["properties"] is not null;
        if (!container && path.Length > 0)
        {
            yield return path;
        }

        if (node["properties"] is JsonObject properties && (container || types.Contains("object")) && !types.Contains("array"))
        {
            foreach ((string name, JsonNode? child) in properties)
            {
                foreach (string leaf in Leaves(child!.AsObject(), path.Length == 0 ? name : $"{path}.{name}"))
                {
                    yield return leaf;
                }
            }
        }

        // A map of entries (providers, servers) has keys inside each entry; a map of strings (env, headers) is one value.
        if (node["additionalProperties"] is JsonObject entry && Types(entry) is ["object"])
        {
            foreach (string leaf in Leaves(entry, $"{path}.*"))
            {
                yield return leaf;
            }
        }
    }

    /// <summary>A key inside an entry of a map by id (a provider, an MCP server) with the id as "*".</summary>
    private static string Generic(string key) => MapEntry(key, "models.providers.") ?? MapEntry(key, "mcp.servers.") ?? key;

    private static string? MapEntry(string key, string map) => key.StartsWith(map, StringComparison.Ordinal) && key.Split('.').Length > map.Split('.').Length
        ? map + "*." + string.Join('.', key.Split('.')[map.Split('.').Length..])
        : null;

    private static string[] Types(JsonObject node) => node["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static bool Allows(string[] types, JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => types.Contains("string"),
        JsonValueKind.Number => types.Contains("number") || (types.Contains("integer") && !value.ToJsonString().Contains('.', StringComparison.Ordinal)),
        JsonValueKind.True or JsonValueKind.False => types.Contains("boolean"),
        JsonValueKind.Object => types.Contains("object"),
        JsonValueKind.Array => types.Contains("array"),
        _ => true,
    };
}
