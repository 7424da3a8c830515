using System.Text.Json.Nodes;

namespace OpenClaw.Rpc.Cli;

/// <summary>A JSON Schema of the OpenRPC document in the few words help shows: <c>string</c>, <c>wav|mp3|opus</c>, <c>integer 100..300000</c>.</summary>
internal static class SchemaWords
{
    private const string RefPrefix = "#/components/schemas/";

    public static string Describe(JsonNode? schema, JsonObject schemas)
    {
        JsonObject? resolved = Resolve(schema, schemas);
        if (resolved is null)
        {
            return "any";
        }

        if (resolved["enum"] is JsonArray values)
        {
            return string.Join('|', values.Select(v => v?.ToJsonString().Trim('"')));
        }

        string type = resolved["type"] switch
        {
            JsonArray types => string.Join('|', types.Select(t => t?.GetValue<string>())),
            JsonValue single => single.GetValue<string>(),
            _ => "any",
        };
        if (type == "array")
        {
            return "array of " + Describe(resolved["items"], schemas);
        }

        string? min = resolved["minimum"]?.ToJsonString(), max = resolved["maximum"]?.ToJsonString();
        return min is null && max is null ? type : $"{type} {min}..{max}";
    }

    /// <summary>The schema itself, or the component a <c>$ref</c> names.</summary>
    public static JsonObject? Resolve(JsonNode? schema, JsonObject schemas) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(RefPrefix, StringComparison.Ordinal)
            ? schemas[reference[RefPrefix.Length..]] as JsonObject
            : schema as JsonObject;
}
