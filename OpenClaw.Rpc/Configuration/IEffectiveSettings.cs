namespace OpenClaw.Rpc.Configuration;

/// <summary>An area's effective settings, contributed for <c>config.get</c>.</summary>
internal interface IEffectiveSettings
{
    /// <summary>The area's settings as they are in force now.</summary>
    IEnumerable<EffectiveSetting> Describe();
}
