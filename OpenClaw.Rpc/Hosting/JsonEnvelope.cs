using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Request ids as comparable keys: the same for <c>"a"</c> and <c>"\u0061"</c>, distinct for <c>1</c> and <c>"1"</c>;
/// and the <c>$/cancelRequest</c> the session hands StreamJsonRpc for a request it must stop.
/// </summary>
internal static class JsonEnvelope
{
    public static string IdKey(JsonElement id) => id.ValueKind == JsonValueKind.String
        ? "s:" + id.GetString()
        : "n:" + id.GetInt64().ToString(CultureInfo.InvariantCulture);

    public static string IdKey(RequestId id) => id.Number is long number
        ? "n:" + number.ToString(CultureInfo.InvariantCulture)
        : "s:" + id.String;

    public static byte[] CancelRequest(byte[] idJson) =>
        [.. "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":"u8, .. idJson, .. "}}"u8];
}
