using System.Buffers;
using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>Writes the error responses the host sends itself, without going through the dispatcher.</summary>
internal static class ErrorResponse
{
    public static byte[] Create(byte[]? idJson, RejectedMessage error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (idJson is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(idJson, skipInputValidation: true);
            }

            writer.WriteStartObject("error");
            writer.WriteNumber("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteStartObject("data");
            writer.WriteString("kind", error.Data.Kind);
            writer.WriteBoolean("retryable", error.Data.Retryable);
            if (error.Data.RetryAfterMs is int retryAfter)
            {
                writer.WriteNumber("retryAfterMs", retryAfter);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
