using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Turns a <c>tools/call</c> result into the text the model gets: text blocks joined by newlines, every other block
/// summarised in one line (<c>[image image/png, 1234 bytes]</c>), <c>structuredContent</c> as JSON when no block
/// holds text, secrets of the runtime redacted, and the whole capped at <see cref="MaxBytes"/> UTF-8 bytes with a
/// visible marker saying how many bytes were shown. <c>isError</c> makes the output a failure.
/// </summary>
internal static class McpCallResultText
{
    /// <summary>The cap on a tool's output, in UTF-8 bytes (the model pays for every one).</summary>
    public const int MaxBytes = 64 * 1024;

    public static ToolOutput Format(JsonElement result, SecretRedactor secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (result.ValueKind != JsonValueKind.Object)
        {
            return new ToolOutput("the server answered tools/call with something other than an object", Failed: true);
        }

        bool failed = result.TryGetProperty("isError", out JsonElement isError) && isError.ValueKind == JsonValueKind.True;
        List<string> parts = [];
        bool anyText = false;
        if (result.TryGetProperty("content", out JsonElement content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement block in content.EnumerateArray())
            {
                if (TextOf(block) is { } text)
                {
                    parts.Add(text);
                    anyText = true;
                }
                else
                {
                    parts.Add(Summary(block));
                }
            }
        }

        if (!anyText && result.TryGetProperty("structuredContent", out JsonElement structured) && structured.ValueKind != JsonValueKind.Null)
        {
            parts.Insert(0, structured.GetRawText());
        }

        string joined = parts.Count > 0 ? string.Join('\n', parts)
            : failed ? "the tool reported an error without a message" : "(the tool returned no content)";
        // Redacted before the cap: a key cut in half by the bound would no longer be recognised.
        return new ToolOutput(Cap(secrets.Redact(joined)), failed);
    }

    /// <summary>At most <see cref="MaxBytes"/> bytes of <paramref name="text"/>, cut on a character boundary, and the marker.</summary>
    public static string Cap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int total = Encoding.UTF8.GetByteCount(text);
        if (total <= MaxBytes)
        {
            return text;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int cut = MaxBytes;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetString(bytes, 0, cut)}\n[output truncated: {cut} of {total} bytes shown]");
    }

    private static string? TextOf(JsonElement block) =>
        block.ValueKind == JsonValueKind.Object && Str(block, "type") == "text" && block.TryGetProperty("text", out JsonElement text)
            && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    private static string Summary(JsonElement block)
    {
        string type = Str(block, "type") ?? "unknown";
        switch (type)
        {
            case "image" or "audio":
                return Bracket(type, Str(block, "mimeType"), Base64Bytes(Str(block, "data")));
            case "resource_link":
                return Bracket("resource link", Str(block, "uri"), null);
            case "resource" when block.TryGetProperty("resource", out JsonElement resource) && resource.ValueKind == JsonValueKind.Object:
                long? size = Str(resource, "text") is { } text ? Encoding.UTF8.GetByteCount(text) : Base64Bytes(Str(resource, "blob"));
                return Bracket("resource", string.Join(", ", new[] { Str(resource, "uri"), Str(resource, "mimeType") }.OfType<string>()), size);
            default:
                return Bracket(type + " block", null, null);
        }
    }

    private static string Bracket(string kind, string? detail, long? bytes)
    {
        var text = new StringBuilder("[").Append(kind);
        if (detail is { Length: > 0 })
        {
            text.Append(' ').Append(detail);
        }

        if (bytes is { } size)
        {
            text.Append(CultureInfo.InvariantCulture, $", {size} bytes");
        }

        return text.Append(']').ToString();
    }

    private static long? Base64Bytes(string? data)
    {
        if (data is null)
        {
            return null;
        }

        int padding = data.EndsWith("==", StringComparison.Ordinal) ? 2 : data.EndsWith('=') ? 1 : 0;
        return Math.Max(0, (data.Length / 4 * 3) - padding);
    }

    private static string? Str(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;
}
