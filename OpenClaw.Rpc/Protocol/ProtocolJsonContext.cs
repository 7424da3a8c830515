using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Protocol;

/// <summary>Source-generated metadata for the shared wire types (no reflection-based serialization anywhere).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RpcErrorData))]
[JsonSerializable(typeof(EmptyParams))]
[JsonSerializable(typeof(ProgressParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
// StreamJsonRpc serializes this for errors it raises itself; without it the first such error closes the connection.
[JsonSerializable(typeof(CommonErrorData))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
