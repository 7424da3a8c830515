using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// protocol/openclaw.openrpc.json, embedded in the engine, narrowed to the methods the running track serves.
/// Loaded on first use so it costs nothing at start-up.
/// </summary>
internal static class OpenRpcDocument
{
    private const string ResourceName = "openclaw.openrpc.json";

    /// <summary>The whole document as shipped.</summary>
    public static JsonNode LoadFull()
    {
        using Stream stream = typeof(OpenRpcDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"{ResourceName} is empty");
    }

    /// <summary>
    /// The names the document gives <paramref name="track"/> in <c>x-openclaw-tracks</c>: its methods and the notifications
    /// the server handles by name (<c>initialized</c>, <c>exit</c>; the <c>$/</c> ones are the connection's, not a method's).
    /// </summary>
    public static IReadOnlyCollection<string> MethodsForTrack(string track)
    {
        JsonNode document = LoadFull();
        IEnumerable<JsonNode?> notifications = (document["x-notifications"] as JsonArray ?? [])
            .Where(n => n?["direction"]?.GetValue<string>() == "clientToServer" && n["name"]?.GetValue<string>() is { } name && !name.StartsWith("$/", StringComparison.Ordinal));
        return [.. (document["methods"] as JsonArray ?? []).Concat(notifications)
            .Where(m => m?["x-openclaw-tracks"] is JsonArray tracks && tracks.Any(t => t?.GetValue<string>() == track))
            .Select(m => m!["name"]!.GetValue<string>())];
    }

    /// <summary>The document with only the methods in <paramref name="served"/>.</summary>
    public static JsonElement ForMethods(IReadOnlyCollection<string> served, string version)
    {
        JsonNode document = LoadFull();
        if (document["info"] is JsonObject info)
        {
            info["version"] = version;
        }

        if (document["methods"] is JsonArray methods)
        {
            for (int i = methods.Count - 1; i >= 0; i--)
            {
                if (methods[i]?["name"]?.GetValue<string>() is not { } name || !served.Contains(name))
                {
                    methods.RemoveAt(i);
                }
            }
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        using JsonDocument parsed = JsonDocument.Parse(buffer.WrittenMemory);
        return parsed.RootElement.Clone();
    }
}
