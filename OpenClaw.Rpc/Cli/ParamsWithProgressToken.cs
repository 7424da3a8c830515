using System.Buffers;
using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// When <c>call</c> streams, a method that takes a <c>progressToken</c> gets one (unless the user gave one), so
/// <c>call agent.run '{"message":"hi"}' --stream</c> prints the answer as it is written.
/// </summary>
internal static class ParamsWithProgressToken
{
    public const string Name = "progressToken";

    /// <summary>The token <c>call</c> adds; <c>$/progress</c> for it is printed.</summary>
    public const string Token = "call";

    /// <summary>The params with the token added; unchanged when they are not a JSON object or already carry one.</summary>
    public static string? Add(string? paramsJson)
    {
        JsonDocument parameters;
        try
        {
            parameters = JsonDocument.Parse(paramsJson ?? "{}");
        }
        catch (JsonException)
        {
            // Left as typed: building the request reports the malformed JSON in its own words.
            return paramsJson;
        }

        using (parameters)
        {
            JsonElement root = parameters.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty(Name, out _))
            {
                return paramsJson;
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
            {
                writer.WriteStartObject();
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                writer.WriteString(Name, Token);
                writer.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
