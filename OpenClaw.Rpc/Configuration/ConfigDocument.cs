using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration.Json5;

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// The parsed config file (JSON5, as upstream OpenClaw writes it; plain JSON is JSON5 too). Areas read their keys through the typed
/// getters, which name the dotted key in every error. <c>${VAR}</c> in a string is replaced from the
/// environment (an unset variable becomes empty, so an unset key simply leaves a provider unconfigured).
/// </summary>
internal sealed class ConfigDocument
{
    private readonly JsonElement? _root;
    private readonly IEnvironmentReader _environment;

    private ConfigDocument(JsonElement? root, IEnvironmentReader environment)
    {
        _root = root;
        _environment = environment;
    }

    /// <summary>Whether a file was read.</summary>
    public bool Loaded => _root is not null;

    /// <summary>A document with no keys.</summary>
    public static ConfigDocument Empty(IEnvironmentReader environment) => new(null, environment);

    /// <summary>Parses <paramref name="json"/>; a syntax error is a <see cref="ConfigException"/> saying what is wrong and where.</summary>
    public static ConfigDocument Parse(string json, IEnvironmentReader environment)
    {
        try
        {
            using JsonDocument document = Json5Reader.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException("(root)", "the config must be a JSON object");
            }

            return new ConfigDocument(document.RootElement.Clone(), environment);
        }
        catch (Json5SyntaxException e)
        {
            throw new ConfigException("(file)", $"not valid JSON5: {e.Message}");
        }
    }

    /// <summary>The raw element at a dotted key, if present and not null.</summary>
    public bool TryGet(string key, out JsonElement value)
    {
        value = default;
        if (_root is not { } current)
        {
            return false;
        }

        foreach (string part in key.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return false;
            }
        }

        value = current;
        return current.ValueKind != JsonValueKind.Null;
    }

    /// <summary>An integer within [<paramref name="min"/>, <paramref name="max"/>], or null when absent.</summary>
    public int? GetInt(string key, int min, int max)
    {
        if (!TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number) || number < min || number > max)
        {
            throw new ConfigException(key, string.Create(CultureInfo.InvariantCulture,
                $"must be an integer from {min} to {max} (got {Describe(value)})"));
        }

        return number;
    }

    /// <summary>A number within [<paramref name="min"/>, <paramref name="max"/>], or null when absent.</summary>
    public double? GetNumber(string key, double min, double max)
    {
        if (!TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || number < min || number > max)
        {
            throw new ConfigException(key, string.Create(CultureInfo.InvariantCulture, $"must be a number from {min} to {max} (got {Describe(value)})"));
        }

        return number;
    }

    /// <summary>A boolean, or null when absent.</summary>
    public bool? GetBool(string key)
    {
        if (!TryGet(key, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ConfigException(key, $"must be true or false (got {Describe(value)})"),
        };
    }

    /// <summary>A string with <c>${VAR}</c> expanded, or null when absent.</summary>
    public string? GetString(string key)
    {
        if (!TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ConfigException(key, $"must be a string (got {Describe(value)})");
        }

        return Expand(value.GetString()!);
    }

    /// <summary>
    /// Every string value under a secret-named key, expanded, and the value of every variable a <c>...KeyEnv</c> key
    /// names (<c>apiKeyEnv: "MY_LLM"</c>); used to seed the registry of known secrets.
    /// </summary>
    public IEnumerable<string> SecretValues()
    {
        if (_root is not { } root)
        {
            return [];
        }

        var found = new List<string>();
        CollectSecrets(root, null, found);
        return found;
    }

    /// <summary>Replaces each <c>${NAME}</c> with the environment variable's value.</summary>
    public string Expand(string text)
    {
        int start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var result = new StringBuilder();
        int position = 0;
        while (start >= 0)
        {
            int end = text.IndexOf('}', start + 2);
            if (end < 0)
            {
                break;
            }

            result.Append(text, position, start - position);
            result.Append(_environment.Read(text[(start + 2)..end]));
            position = end + 1;
            start = text.IndexOf("${", position, StringComparison.Ordinal);
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    private void CollectSecrets(JsonElement element, string? name, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    CollectSecrets(property.Value, property.Name, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CollectSecrets(item, name, found);
                }

                break;
            case JsonValueKind.String when name is not null && Logging.SecretRedactor.IsSecretName(name):
                found.Add(Expand(element.GetString()!));
                break;
            case JsonValueKind.String when name is not null && NamesSecretVariable(name) && _environment.Read(element.GetString()!) is { } referenced:
                found.Add(referenced);
                break;
        }
    }

    private static bool NamesSecretVariable(string name) =>
        name.Length > 3 && name.EndsWith("Env", StringComparison.OrdinalIgnoreCase) && Logging.SecretRedactor.IsSecretName(name[..^3]);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };
}
