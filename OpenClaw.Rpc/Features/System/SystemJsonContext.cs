using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.System;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(HealthResult))]
[JsonSerializable(typeof(StatusResult))]
internal sealed partial class SystemJsonContext : JsonSerializerContext;
