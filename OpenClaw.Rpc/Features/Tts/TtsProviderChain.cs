using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The text-to-speech chain: each provider once, in plan order, each attempt bounded by <c>messages.tts.timeoutMs</c>.</summary>
internal sealed class TtsProviderChain(TtsOptions options, ChainServices services)
    : ProviderChain(ChainPolicy.SingleAttempt(TimeSpan.FromMilliseconds(options.TimeoutMs)), "tts", services);
