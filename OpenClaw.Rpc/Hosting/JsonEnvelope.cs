using System.Text.Json;

namespace OpenClaw.Rpc.Hosting;

/// <summary>Cheap checks on messages the dispatcher writes, without building a document.</summary>
internal static class JsonEnvelope
{
    /// <summary>A response has no top-level <c>method</c>; requests and notifications do.</summary>
    public static bool IsResponse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("method"u8))
                {
                    return false;
                }

                reader.Read();
                reader.Skip();
            }
        }

        return true;
    }
}
