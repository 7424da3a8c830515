using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Cli;

/// <summary>Reads every method's description from the embedded OpenRPC document (only when help or call needs it).</summary>
internal static class MethodDescriptions
{
    public static IReadOnlyDictionary<string, MethodDescription> Load()
    {
        JsonNode document = OpenRpcDocument.LoadFull();
        JsonObject schemas = document["components"]?["schemas"] as JsonObject ?? [];
        var methods = new Dictionary<string, MethodDescription>(StringComparer.Ordinal);
        foreach (JsonObject method in (document["methods"] as JsonArray ?? []).OfType<JsonObject>())
        {
            string name = method["name"]!.GetValue<string>();
            ParamDescription[] parameters = [.. (method["params"] as JsonArray ?? []).OfType<JsonObject>().Select(p => new ParamDescription(
                p["name"]!.GetValue<string>(),
                SchemaWords.Describe(p["schema"], schemas),
                p["required"]?.GetValue<bool>() == true,
                Text(p["description"])))];
            methods[name] = new MethodDescription(name, Text(method["summary"]), parameters,
                [.. (method["x-openclaw-tracks"] as JsonArray ?? []).Select(t => t!.GetValue<string>())])
            {
                ResultCarriesAudio = SchemaWords.Resolve(method["result"]?["schema"], schemas)?["properties"]?["audioBase64"] is not null,
                Example = FirstExample(method),
            };
        }

        return methods;
    }

    private static (string, string)? FirstExample(JsonObject method)
    {
        if ((method["examples"] as JsonArray)?.FirstOrDefault() is not JsonObject example || example["params"] is not JsonArray parameters)
        {
            return null;
        }

        var json = new JsonObject();
        foreach (JsonObject parameter in parameters.OfType<JsonObject>())
        {
            json[parameter["name"]!.GetValue<string>()] = parameter["value"]?.DeepClone();
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            json.WriteTo(writer);
        }

        return (Text(example["name"]), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;
}
