using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpenClaw.Rpc.Processes;

internal static partial class ProcessTree
{
    private const int SigKill = 9;

    /// <summary>Kills the process and its descendants; a process that already exited is not an error.</summary>
    public static void Kill(Process process, bool ownProcessGroup)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
        }

        if (ownProcessGroup)
        {
            KillGroup(process);
        }
    }

    /// <summary>
    /// Kills what is left of a child's process group (group id = the child's pid): the descendants the tree walk cannot
    /// find because their parent already exited, such as a double-forked grandchild. The id cannot have been reused
    /// while the group has members, and a group with none is not an error.
    /// </summary>
    public static void KillGroup(Process process)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                _ = Kill(-process.Id, SigKill);
            }
            catch (InvalidOperationException)
            {
                // Never started: no group.
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
