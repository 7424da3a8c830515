using System.Text.Json;
using Json.Schema;

namespace OpenClaw.Tests.Support;

/// <summary>
/// The schemas of protocol/openclaw.openrpc.json, checked by a full JSON Schema validator. The whole document is
/// registered under one base URI and each schema is reached by a <c>$ref</c> to its JSON Pointer there, so the
/// document's own <c>#/components/schemas/...</c> references resolve as they are written.
/// </summary>
internal sealed class OpenRpcSchemas
{
    private static readonly Uri DocumentUri = new("https://openclaw.invalid/protocol/openclaw.openrpc.json");
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public OpenRpcSchemas(JsonElement document)
    {
        Document = document;
        _build.SchemaRegistry.Register(DocumentUri, new JsonElementBaseDocument(document, DocumentUri));
    }

    /// <summary>One instance over the shipped document, shared by the in-memory and the process tests.</summary>
    public static OpenRpcSchemas Shipped { get; } = new(ProtocolFiles.OpenRpc());

    public JsonElement Document { get; }

    public IEnumerable<JsonElement> Methods => Document.GetProperty("methods").EnumerateArray();

    public JsonElement Method(string name) => Document.GetProperty("methods")[IndexOf(name)];

    public bool Documents(string method) => Methods.Any(m => m.GetProperty("name").GetString() == method);

    /// <summary>The schema at a JSON Pointer into the document, e.g. <c>/components/schemas/HealthResult</c>.</summary>
    public JsonSchema At(string pointer) => Cached(pointer, () => $$"""{ "$ref": "{{DocumentUri}}#{{pointer}}" }""");

    public JsonSchema Component(string name) => At($"/components/schemas/{name}");

    public JsonSchema Result(string method) => At($"/methods/{IndexOf(method)}/result/schema");

    public JsonSchema Param(string method, string name)
    {
        int index = Array.FindIndex([.. Method(method).GetProperty("params").EnumerateArray()], p => p.GetProperty("name").GetString() == name);
        return index < 0 ? throw new ArgumentException($"{method} has no param {name}", nameof(name)) : At($"/methods/{IndexOf(method)}/params/{index}/schema");
    }

    /// <summary>
    /// An error object as the document promises it: a code among <c>components/errors</c>, a message, and data
    /// valid against <c>ErrorData</c>.
    /// </summary>
    public JsonSchema Error() => Cached("(error object)", () => $$"""
        {
          "type": "object",
          "required": ["code", "message", "data"],
          "properties": {
            "code": { "enum": [{{string.Join(",", Document.GetProperty("components").GetProperty("errors").EnumerateObject()
                .Select(e => e.Value.GetProperty("code").GetInt32()).Distinct())}}] },
            "message": { "type": "string", "minLength": 1 },
            "data": { "$ref": "{{DocumentUri}}#/components/schemas/ErrorData" }
          }
        }
        """);

    /// <summary>What <paramref name="schema"/> finds wrong with <paramref name="value"/>, one entry per failed keyword; empty when valid.</summary>
    public static string[] Problems(JsonSchema schema, JsonElement value)
    {
        EvaluationResults results = schema.Evaluate(value, Evaluation);
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Prepend(results).Where(r => r.Errors is { Count: > 0 })
                .SelectMany(r => r.Errors!.Select(e => $"{Where(r)} {e.Key}: {e.Value} (schema {r.EvaluationPath})"))];
    }

    public static void AssertValid(JsonSchema schema, JsonElement value, string what) =>
        Assert.That(Problems(schema, value), Is.Empty, $"{what}: {value}");

    /// <summary>Follows a local <c>$ref</c> such as <c>#/components/errors/InvalidParams</c> to the element it names.</summary>
    public JsonElement Resolve(string reference)
    {
        Assert.That(reference, Does.StartWith("#/"), "only local references are used");
        JsonElement current = Document;
        foreach (string part in reference[2..].Split('/'))
        {
            Assert.That(current.TryGetProperty(part, out current), Is.True, $"unresolved reference {reference}");
        }

        return current;
    }

    private static string Where(EvaluationResults result) => result.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "(root)";

    private JsonSchema Cached(string key, Func<string> text)
    {
        lock (_schemas)
        {
            if (!_schemas.TryGetValue(key, out JsonSchema? schema))
            {
                // Each schema gets its own URI: the registry refuses to overwrite one.
                schema = JsonSchema.FromText(text(), _build, new Uri($"https://openclaw.invalid/checks/{_schemas.Count}"));
                _schemas[key] = schema;
            }

            return schema;
        }
    }

    private int IndexOf(string method)
    {
        int index = Array.FindIndex([.. Methods], m => m.GetProperty("name").GetString() == method);
        return index < 0 ? throw new ArgumentException($"{method} is not in the document", nameof(method)) : index;
    }
}
