using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>Source-generated JSON for the ACP wire types (NativeAOT has no reflection fallback).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AcpInitializeParams))]
[JsonSerializable(typeof(AcpInitializeResult))]
[JsonSerializable(typeof(AcpAuthenticateParams))]
[JsonSerializable(typeof(AcpEmptyResult))]
[JsonSerializable(typeof(SessionNewParams))]
[JsonSerializable(typeof(SessionNewResult))]
[JsonSerializable(typeof(SessionLoadParams))]
[JsonSerializable(typeof(SessionListParams))]
[JsonSerializable(typeof(SessionListResult))]
[JsonSerializable(typeof(SessionPromptParams))]
[JsonSerializable(typeof(SessionPromptResult))]
[JsonSerializable(typeof(SessionCancelParams))]
[JsonSerializable(typeof(AcpSessionUpdate))]
[JsonSerializable(typeof(AcpToolCall))]
[JsonSerializable(typeof(AcpPermissionOption[]))]
internal sealed partial class AcpJsonContext : JsonSerializerContext;
