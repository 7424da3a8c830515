using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// Transport limits and logging: the host area's effective settings. Track defaults live here and nowhere else.
/// </summary>
internal sealed record HostOptions
{
    /// <summary>Hard bounds for <c>runtime.rpc.maxMessageBytes</c>.</summary>
    public const int MinMessageBytes = 1024;

    /// <summary>Upper bound for <c>runtime.rpc.maxMessageBytes</c> (256 MiB).</summary>
    public const int MaxMessageBytesLimit = 256 * 1024 * 1024;

    /// <summary>Upper bound for <c>runtime.rpc.maxInFlight</c>.</summary>
    public const int MaxInFlightLimit = 10_000;

    /// <summary>The largest message accepted, in bytes (default 16 MiB).</summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Requests dispatched but not yet answered before new ones get -32001.</summary>
    public int MaxInFlight { get; init; }

    /// <summary>The log verbosity.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Info;

    /// <summary>A log file instead of stderr, if set.</summary>
    public string? LogFile { get; init; }

    /// <summary>Track defaults: core keeps fewer requests in flight to bound memory.</summary>
    public static HostOptions ForTrack(RuntimeTrack track) => new()
    {
        MaxInFlight = track == RuntimeTrack.Core ? 64 : 256,
    };
}
