using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Voice;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VoiceTranscribeParams))]
[JsonSerializable(typeof(VoiceTranscribeResult))]
[JsonSerializable(typeof(VoiceStatusResult))]
internal sealed partial class VoiceJsonContext : JsonSerializerContext;
