namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// One setting an area reads: its dotted config key and the environment variables that may set it instead, in the
/// order they are tried. Each area lists its keys once in a table (<c>TtsConfigKeys</c>, <c>HostConfigKeys</c> ...)
/// that its loader, its <c>config.get</c> entries and doctor's unknown-key check all read, so they cannot drift apart.
/// </summary>
/// <param name="Key">The dotted key, as errors and <c>config.get</c> name it.</param>
/// <param name="Variables">The environment variables for the same setting; empty when the file is the only place.</param>
internal sealed record ConfigKey(string Key, params IReadOnlyList<string> Variables);
