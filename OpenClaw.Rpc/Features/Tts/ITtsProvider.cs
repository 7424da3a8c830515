using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>One speech provider behind the chain.</summary>
internal interface ITtsProvider
{
    string Id { get; }

    string Name { get; }

    bool IsOffline { get; }

    /// <summary>Whether it is configured and usable, without starting anything.</summary>
    TtsProviderState Inspect();

    /// <summary>The binary's version for offline providers where asking is cheap; cached.</summary>
    Task<string?> VersionAsync(CancellationToken cancellationToken);

    /// <summary>Real audio in <see cref="TtsSynthesisRequest.Format"/>, or a <see cref="ProviderFailure"/> saying why not.</summary>
    Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken);
}

internal sealed record TtsSynthesisRequest(string Text, string Format, string? Voice);

/// <summary>
/// A provider's readiness. <see cref="Configured"/>: the user set it up (key, binary) or the track uses it by
/// default; <see cref="Available"/>: it can run now. <see cref="Reason"/> says why not.
/// </summary>
internal sealed record TtsProviderState(
    bool Configured,
    bool Available,
    string? Reason,
    IReadOnlyList<string> Formats,
    bool? KeyPresent = null,
    ResolvedExecutable? Binary = null)
{
    /// <summary>The resolved binary of an offline provider.</summary>
    public string? Path => Binary?.Path;
}
