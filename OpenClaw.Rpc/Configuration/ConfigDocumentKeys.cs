using System.Text.Json;

namespace OpenClaw.Rpc.Configuration;

/// <summary>Lists the leaf keys present in a config document under a section.</summary>
internal static class ConfigDocumentKeys
{
    /// <summary>Dotted keys of every non-object value under <paramref name="section"/> (arrays count as values).</summary>
    public static IEnumerable<string> Under(ConfigDocument config, string section)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.TryGet(section, out JsonElement value))
        {
            return [];
        }

        var keys = new List<string>();
        Collect(value, section, keys);
        return keys;
    }

    private static void Collect(JsonElement element, string path, List<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(path);
            return;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            Collect(property.Value, $"{path}.{property.Name}", keys);
        }
    }
}
