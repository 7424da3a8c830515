using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Turns a prompt's content blocks into the user message: text as is, a resource link as its name and URI, an
/// embedded text resource as its URI followed by its text. Images, audio and binary resources are refused: no model
/// this runtime calls is sent them.
/// </summary>
internal static class AcpPromptText
{
    public static string Compose(IReadOnlyList<JsonElement>? prompt)
    {
        if (prompt is not { Count: > 0 })
        {
            throw RpcException.InvalidParams("$.prompt", "prompt must hold at least one content block");
        }

        var text = new StringBuilder();
        for (int i = 0; i < prompt.Count; i++)
        {
            string path = $"$.prompt[{i}]";
            JsonElement block = prompt[i];
            string type = block.ValueKind == JsonValueKind.Object && block.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw RpcException.InvalidParams(path, "a content block is an object with a type");
            string part = type switch
            {
                "text" => Required(block, "text", path),
                "resource_link" => $"[{Required(block, "name", path)}]({Required(block, "uri", path)})",
                "resource" => Embedded(block, path),
                "image" or "audio" => throw RpcException.InvalidParams($"{path}.type", $"{type} content is not supported: the configured models take text only"),
                _ => throw RpcException.InvalidParams($"{path}.type", $"unknown content type {EchoedInput.Quote(type)}"),
            };
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(part);
        }

        return text.ToString();
    }

    private static string Embedded(JsonElement block, string path)
    {
        if (!block.TryGetProperty("resource", out JsonElement resource) || resource.ValueKind != JsonValueKind.Object)
        {
            throw RpcException.InvalidParams($"{path}.resource", "resource is required");
        }

        if (!resource.TryGetProperty("text", out _))
        {
            throw RpcException.InvalidParams($"{path}.resource", "only text resources are supported, not binary ones");
        }

        string uri = Required(resource, "uri", $"{path}.resource");
        return $"{uri}:\n```\n{Required(resource, "text", $"{path}.resource")}\n```";
    }

    private static string Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw RpcException.InvalidParams($"{path}.{name}", $"{name} must be a string");
}
