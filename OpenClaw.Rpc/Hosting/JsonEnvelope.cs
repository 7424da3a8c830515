using System.Globalization;
using System.Text.Json;

namespace OpenClaw.Rpc.Hosting;

/// <summary>Cheap reads of a message's envelope, without building a document.</summary>
internal static class JsonEnvelope
{
    /// <summary>
    /// Whether <paramref name="json"/> is a response (no top-level <c>method</c>) and its id as a key that is the
    /// same for <c>"a"</c> and <c>"\u0061"</c>.
    /// </summary>
    public static (bool IsResponse, string? IdKey) Inspect(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        bool isResponse = true;
        string? idKey = null;
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("method"u8))
            {
                isResponse = false;
            }

            bool isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId)
            {
                idKey = reader.TokenType switch
                {
                    JsonTokenType.String => "s:" + reader.GetString(),
                    JsonTokenType.Number when reader.TryGetInt64(out long number) => "n:" + number.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
            }

            reader.Skip();
        }

        return (isResponse, idKey);
    }

    /// <summary>The key of a request id as read by the classifier.</summary>
    public static string IdKey(JsonElement id) => id.ValueKind == JsonValueKind.String
        ? "s:" + id.GetString()
        : "n:" + id.GetInt64().ToString(CultureInfo.InvariantCulture);
}
