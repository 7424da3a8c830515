using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Configuration;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
