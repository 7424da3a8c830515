using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Protocol;

/// <summary>Source-generated metadata for the shared wire types (no reflection-based serialization anywhere).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SystemTextJsonFormatter.RequestIdSTJsonConverter)])]
[JsonSerializable(typeof(RpcErrorData))]
[JsonSerializable(typeof(EmptyParams))]
[JsonSerializable(typeof(ProgressValue))]
[JsonSerializable(typeof(ToolCallProgress))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
// StreamJsonRpc serializes this for errors it raises itself; without it the first such error closes the connection.
[JsonSerializable(typeof(CommonErrorData))]
// $/cancelRequest carries the id of the request to cancel.
[JsonSerializable(typeof(RequestId))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
