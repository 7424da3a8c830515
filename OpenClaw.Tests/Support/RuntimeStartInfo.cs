using System.Diagnostics;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Tests.Support;

/// <summary>How tests start the real executable: all three standard streams redirected, its own state dir, extra environment.</summary>
internal static class RuntimeStartInfo
{
    public static ProcessStartInfo Create(RuntimeTrack track, IEnumerable<string> args, string stateDir, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(RuntimeBinaries.PathOf(track))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OPENCLAW_STATE_DIR"] = stateDir;
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
