using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Client;

/// <summary>Source-generated metadata for what only the client reads.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApprovalRequest))]
[JsonSerializable(typeof(ApprovalAnswer))]
[JsonSerializable(typeof(string))]
internal sealed partial class ClientJsonContext : JsonSerializerContext;
