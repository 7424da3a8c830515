using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// The id of the client request a handler is serving, for requests the runtime sends back about it
/// (<c>agent.requestApproval</c> names the <c>agent.run</c> it belongs to). Set by the dispatcher before the handler
/// runs; it flows with the handler's async calls.
/// </summary>
internal static class CurrentRequest
{
    private static readonly AsyncLocal<RequestId?> Current = new();

    /// <summary>The id as the client sent it (a JSON number or string), or null outside a request.</summary>
    public static JsonElement? Id => Current.Value is { IsEmpty: false } id ? ToJson(id) : null;

    internal static void Set(RequestId id) => Current.Value = id;

    private static JsonElement ToJson(RequestId id)
    {
        string json = id.Number is long number
            ? number.ToString(CultureInfo.InvariantCulture)
            : $"\"{JsonEncodedText.Encode(id.String ?? string.Empty)}\"";
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
