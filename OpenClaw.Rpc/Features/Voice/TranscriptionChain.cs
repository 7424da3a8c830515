using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>The transcription chain: each engine once, in order, each attempt bounded by <c>voice.timeoutMs</c>.</summary>
internal sealed class TranscriptionChain(VoiceOptions options, ChainServices services)
    : ProviderChain(ChainPolicy.SingleAttempt(TimeSpan.FromMilliseconds(options.TimeoutMs)), "voice", services);
