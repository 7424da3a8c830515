namespace OpenClaw.Rpc.Configuration;

/// <summary>The release track a binary was composed as; it decides defaults, never registration.</summary>
public enum RuntimeTrack
{
    /// <summary>Minimal, secure, low-RAM.</summary>
    Core,

    /// <summary>Core plus richer optional capabilities.</summary>
    Edge,
}
