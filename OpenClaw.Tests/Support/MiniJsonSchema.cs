using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>
/// The subset of JSON Schema the protocol document uses: $ref into components, type (one or a list),
/// required, properties, items and enum. Enough to hold every answer to the document's schemas.
/// </summary>
internal sealed class MiniJsonSchema(JsonElement document)
{
    public void AssertValid(JsonElement value, JsonElement schema, string path = "$")
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            AssertValid(value, Resolve(reference.GetString()!), path);
            return;
        }

        if (schema.TryGetProperty("type", out JsonElement type))
        {
            string[] allowed = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
            Assert.That(allowed.Any(t => IsOfType(value, t)), Is.True, $"{path}: {value} is not of type {string.Join("|", allowed)}");
        }

        if (schema.TryGetProperty("enum", out JsonElement values))
        {
            Assert.That(values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()), Is.True, $"{path}: {value} is not in {values}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    Assert.That(value.TryGetProperty(name.GetString()!, out _), Is.True, $"{path}.{name.GetString()} is required");
                }
            }

            if (schema.TryGetProperty("properties", out JsonElement properties))
            {
                foreach (JsonProperty property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out JsonElement member))
                    {
                        AssertValid(member, property.Value, $"{path}.{property.Name}");
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                AssertValid(item, items, $"{path}[{i++}]");
            }
        }
    }

    public JsonElement Resolve(string reference)
    {
        Assert.That(reference, Does.StartWith("#/"), "only local references are used");
        JsonElement current = document;
        foreach (string part in reference[2..].Split('/'))
        {
            Assert.That(current.TryGetProperty(part, out current), Is.True, $"unresolved reference {reference}");
        }

        return current;
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException($"unknown schema type {type}"),
    };
}
