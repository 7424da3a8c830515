using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>One <see cref="IChatClient"/> per provider, created on first use, speaking the provider's API.</summary>
internal sealed class ChatClients(ProviderHttp http)
{
    private readonly ConcurrentDictionary<string, IChatClient> _clients = new(StringComparer.Ordinal);

    public IChatClient For(AgentProviderOptions provider) => _clients.GetOrAdd(provider.Id, _ => provider.Api == ProviderApis.AnthropicMessages
        ? new AnthropicChatClient(provider, http)
        : new OpenAiCompatibleChatClient(provider, http));
}
