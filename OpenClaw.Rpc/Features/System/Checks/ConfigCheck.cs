using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary><c>config</c>: the file parses, its values are valid (naming the key when not), and no key in an owned section is unknown.</summary>
internal sealed class ConfigCheck(RuntimeSettings settings, ConfigKeyCatalog keys) : IDoctorCheck
{
    public string Id => "config";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        if (settings.ConfigError is { } error)
        {
            return Done(DoctorCheckResult.Fail, $"{error.Key}: {error.Reason}", $"{settings.ConfigPath}; start-up refuses this config (exit code 2)");
        }

        if (!settings.Config.Loaded)
        {
            return Done(DoctorCheckResult.Pass, "no config file; using defaults", settings.ConfigPath);
        }

        string[] unknown = [.. keys.Sections.SelectMany(s => ConfigDocumentKeys.Under(settings.Config, s)).Where(k => !keys.Knows(k)).Order(StringComparer.Ordinal)];
        return unknown.Length == 0
            ? Done(DoctorCheckResult.Pass, "config loaded", settings.ConfigPath)
            : Done(DoctorCheckResult.Warn, $"unknown keys (ignored): {string.Join(", ", unknown)}", settings.ConfigPath);
    }

    private Task<DoctorCheckResult> Done(string status, string message, string detail) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail));
}
