using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Who is answering: executable name, version (from Directory.Build.props) and track.</summary>
internal sealed class ServerIdentity(RuntimeTrack track)
{
    /// <summary>The protocol version this runtime speaks; a client whose major differs is refused.</summary>
    public const string ProtocolVersion = "1.0";

    /// <summary>The track.</summary>
    public RuntimeTrack Track { get; } = track;

    /// <summary><c>openclaw-core</c> or <c>openclaw-edge</c>.</summary>
    public string Name => Track.ExecutableName();

    /// <summary>The product version (Directory.Build.props, compiled in as a constant).</summary>
    public string Version { get; } = BuildVersion.Value;
}
