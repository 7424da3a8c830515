namespace OpenClaw.Rpc.Configuration;

/// <summary>Wire names of <see cref="RuntimeTrack"/>.</summary>
internal static class RuntimeTrackExtensions
{
    /// <summary>The name used on the wire and in file names: <c>core</c> or <c>edge</c>.</summary>
    public static string WireName(this RuntimeTrack track) => track == RuntimeTrack.Core ? "core" : "edge";

    /// <summary>The executable's name: <c>openclaw-core</c> or <c>openclaw-edge</c>.</summary>
    public static string ExecutableName(this RuntimeTrack track) => "openclaw-" + track.WireName();
}
