namespace OpenClaw.Rpc.Configuration;

/// <summary>Where an effective setting came from; precedence is flag &gt; env &gt; file &gt; default.</summary>
internal enum ValueSource
{
    /// <summary>The track's default.</summary>
    Default,

    /// <summary>The config file.</summary>
    File,

    /// <summary>An environment variable.</summary>
    Env,

    /// <summary>A command-line flag.</summary>
    Flag,
}
