namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// A config section an area owns and every key it reads there: doctor reports any other key inside the section as
/// unknown, since there it is most likely a typo.
/// </summary>
/// <param name="Name">The dotted section, e.g. <c>messages.tts</c>.</param>
/// <param name="Keys">The keys read under it; each starts with <paramref name="Name"/> and a dot.</param>
internal sealed record ConfigSection(string Name, IReadOnlyList<ConfigKey> Keys);
