using System.Text.Json;
using Json.Schema;

namespace OpenClaw.Tests.Support;

/// <summary>
/// The ACP v1 JSON Schema shipped by @agentclientprotocol/sdk (schema/v1/schema.json), checked by a full JSON Schema
/// validator: every message the runtime sends in ACP mode must be valid against the definition for its method.
/// </summary>
internal sealed class AcpSchema
{
    private static readonly Uri DocumentUri = new("https://openclaw.invalid/acp/schema.json");
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };
    private static readonly Lazy<AcpSchema> Instance = new(() => new AcpSchema());
    // The schema is draft 2020-12, whose dialect lets its serde hints (x-side, discriminator, ...) stand as annotations.
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private AcpSchema()
    {
        string path = Path.Combine(NodeModules.Require("@agentclientprotocol/sdk"), "@agentclientprotocol", "sdk", "schema", "v1", "schema.json");
        JsonElement document = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        _build.SchemaRegistry.Register(DocumentUri, new JsonElementBaseDocument(document, DocumentUri));
    }

    /// <summary>The schema (the test is ignored, saying why, when the package is not installed).</summary>
    public static AcpSchema Shipped => Instance.Value;

    /// <summary>Asserts <paramref name="instance"/> is valid against <c>#/$defs/<paramref name="definition"/></c>.</summary>
    public void AssertValid(string definition, JsonElement instance)
    {
        JsonSchema schema;
        lock (_schemas)
        {
            if (!_schemas.TryGetValue(definition, out schema!))
            {
                schema = JsonSchema.FromText($$"""{ "$ref": "{{DocumentUri}}#/$defs/{{definition}}" }""", _build);
                _schemas.Add(definition, schema);
            }
        }

        EvaluationResults results = schema.Evaluate(instance, Evaluation);
        Assert.That(results.IsValid, Is.True, () => $"not a valid ACP {definition}: {instance.GetRawText()}\n" +
            string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
