using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Tts.Providers;

namespace OpenClaw.Rpc.Features.Tts;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TtsStatusResult))]
[JsonSerializable(typeof(TtsProvidersResult))]
[JsonSerializable(typeof(TtsEnabledResult))]
[JsonSerializable(typeof(TtsSetProviderParams))]
[JsonSerializable(typeof(TtsProviderResult))]
[JsonSerializable(typeof(TtsConvertParams))]
[JsonSerializable(typeof(TtsConvertResult))]
[JsonSerializable(typeof(TtsPrefsFile))]
[JsonSerializable(typeof(OpenAiSpeechRequest))]
[JsonSerializable(typeof(ElevenLabsSpeechRequest))]
internal sealed partial class TtsJsonContext : JsonSerializerContext;
