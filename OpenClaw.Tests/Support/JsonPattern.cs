using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Matches a JSON value against an expected pattern: objects match when every expected member matches (extra
/// members are allowed), arrays element by element, and the strings "&lt;any&gt;", "&lt;string&gt;",
/// "&lt;number&gt;", "&lt;boolean&gt;", "&lt;object&gt;" and "&lt;array&gt;" match any value of that kind.
/// </summary>
internal static class JsonPattern
{
    public static void AssertMatches(JsonElement actual, JsonElement expected, string path = "$")
    {
        if (expected.ValueKind == JsonValueKind.String && expected.GetString() is { } text && text.StartsWith('<') && text.EndsWith('>'))
        {
            JsonValueKind? kind = text switch
            {
                "<any>" => null,
                "<string>" => JsonValueKind.String,
                "<number>" => JsonValueKind.Number,
                "<object>" => JsonValueKind.Object,
                "<array>" => JsonValueKind.Array,
                "<boolean>" => actual.ValueKind is JsonValueKind.True or JsonValueKind.False ? actual.ValueKind : JsonValueKind.True,
                _ => throw new ArgumentException($"unknown placeholder {text}"),
            };
            Assert.That(kind is null || actual.ValueKind == kind, Is.True, $"{path}: expected {text}, got {actual}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.That(actual.ValueKind, Is.EqualTo(JsonValueKind.Object), $"{path}: expected an object, got {actual}");
                foreach (JsonProperty member in expected.EnumerateObject())
                {
                    Assert.That(actual.TryGetProperty(member.Name, out JsonElement value), Is.True, $"{path}.{member.Name} is missing in {actual}");
                    AssertMatches(value, member.Value, $"{path}.{member.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.That(actual.ValueKind, Is.EqualTo(JsonValueKind.Array), $"{path}: expected an array, got {actual}");
                Assert.That(actual.GetArrayLength(), Is.EqualTo(expected.GetArrayLength()), $"{path}: array length of {actual}");
                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertMatches(actual[i], expected[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.That(actual.GetRawText(), Is.EqualTo(expected.GetRawText()), path);
                break;
        }
    }
}
