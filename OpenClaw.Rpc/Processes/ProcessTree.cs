using System.ComponentModel;
using System.Diagnostics;

namespace OpenClaw.Rpc.Processes;

internal static class ProcessTree
{
    /// <summary>Kills the process and its descendants; a process that already exited is not an error.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
        }
    }
}
