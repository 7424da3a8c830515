using System.Text.Json;

namespace OpenClaw.Rpc.Features.Agent.Tools;

/// <summary>
/// Stops a model that loops: within one run, a call identical to <see cref="Limit"/> earlier ones (same tool, same
/// arguments, compared as the JSON text the runtime re-writes them to) is not run.
/// </summary>
internal sealed class ToolRepeatGuard
{
    /// <summary>How many identical calls run; the next identical one is refused.</summary>
    public const int Limit = 2;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Counts the call; false when it repeats <see cref="Limit"/> earlier identical ones.</summary>
    public bool TryAdmit(string tool, JsonElement arguments)
    {
        string key = tool + "\n" + arguments.GetRawText();
        int count = _seen.GetValueOrDefault(key);
        _seen[key] = count + 1;
        return count < Limit;
    }
}
