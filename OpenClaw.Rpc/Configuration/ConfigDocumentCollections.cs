using System.Text.Json;

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// Lists of strings and objects of strings in a <see cref="ConfigDocument"/> (<c>args</c>, globs, <c>env</c>, <c>headers</c>),
/// with <c>${VAR}</c> expanded; a wrong value names the key, or the item (<c>key[2]</c>, <c>key.NAME</c>).
/// </summary>
internal static class ConfigDocumentCollections
{
    /// <summary>An array of strings, or null when absent.</summary>
    public static IReadOnlyList<string>? GetStringList(this ConfigDocument config, string key)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigException(key, "must be an array of strings");
        }

        var items = new List<string>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String
                ? config.Expand(item.GetString()!)
                : throw new ConfigException($"{key}[{items.Count}]", "must be a string"));
        }

        return items;
    }

    /// <summary>An object whose values are strings, in file order, or null when absent. Names are kept as written.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? GetStringMap(this ConfigDocument config, string key)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException(key, "must be an object of names to strings");
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            entries.Add(property.Value.ValueKind == JsonValueKind.String
                ? new(property.Name, config.Expand(property.Value.GetString()!))
                : throw new ConfigException($"{key}.{property.Name}", "must be a string"));
        }

        return entries;
    }
}
