using System.Text.Json.Serialization;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Features.Agent.SelfHealing;

namespace OpenClaw.Rpc.Features.Agent;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AgentRunParams))]
[JsonSerializable(typeof(AgentRunResult))]
[JsonSerializable(typeof(AgentProvidersResult))]
[JsonSerializable(typeof(AgentFailedData))]
[JsonSerializable(typeof(OpenAiChatRequest))]
[JsonSerializable(typeof(AnthropicMessagesRequest))]
[JsonSerializable(typeof(IReadOnlyList<AnthropicContentBlock>))]
// The options of agent.requestApproval.
[JsonSerializable(typeof(string[]))]
internal sealed partial class AgentJsonContext : JsonSerializerContext;
