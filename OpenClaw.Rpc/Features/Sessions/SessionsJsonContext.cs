using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Source-generated JSON for the sessions wire types and files (NativeAOT has no reflection fallback).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SessionsListParams))]
[JsonSerializable(typeof(SessionsListResult))]
[JsonSerializable(typeof(SessionsHistoryParams))]
[JsonSerializable(typeof(SessionsHistoryResult))]
[JsonSerializable(typeof(SessionKeyParams))]
[JsonSerializable(typeof(SessionsResetResult))]
[JsonSerializable(typeof(SessionsDeleteResult))]
[JsonSerializable(typeof(TranscriptLine))]
[JsonSerializable(typeof(SessionIndexFile))]
internal sealed partial class SessionsJsonContext : JsonSerializerContext;
