namespace OpenClaw.Rpc.Logging;

/// <summary>Log verbosity, from the quietest.</summary>
internal enum LogLevel
{
    /// <summary>Failures only.</summary>
    Error,

    /// <summary>Failures and degraded behaviour.</summary>
    Warn,

    /// <summary>Lifecycle events (default).</summary>
    Info,

    /// <summary>Everything, including each refused frame.</summary>
    Debug,
}
