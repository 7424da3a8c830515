using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenClaw.Rpc.Resilience;

/// <summary>
/// The JSON body of a request to a provider, serialized up front so it goes with a <c>Content-Length</c>.
/// <c>JsonContent</c> streams instead and is sent chunked, which simple OpenAI-compatible servers and proxies read
/// as an empty body.
/// </summary>
internal static class JsonRequestBody
{
    public static ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
