using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Diagnostics;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DoctorParams))]
[JsonSerializable(typeof(DoctorResult))]
[JsonSerializable(typeof(AuditParams))]
[JsonSerializable(typeof(AuditResult))]
[JsonSerializable(typeof(ConfigGetResult))]
internal sealed partial class DiagnosticsJsonContext : JsonSerializerContext;
