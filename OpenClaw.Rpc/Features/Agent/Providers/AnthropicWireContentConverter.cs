using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// Writes <see cref="AnthropicWireContent"/> as the API takes it: a string for plain text (the shape every message had
/// before tools), an array of blocks otherwise. Requests are only written, never read.
/// </summary>
internal sealed class AnthropicWireContentConverter : JsonConverter<AnthropicWireContent>
{
    public override AnthropicWireContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("request bodies are only written");

    public override void Write(Utf8JsonWriter writer, AnthropicWireContent value, JsonSerializerOptions options)
    {
        if (value.Blocks is { } blocks)
        {
            JsonSerializer.Serialize(writer, blocks, AgentJsonContext.Default.IReadOnlyListAnthropicContentBlock);
            return;
        }

        writer.WriteStringValue(value.Text ?? string.Empty);
    }
}
