using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Support;

/// <summary>Named pipes for tests of inputs that must never be opened blocking (mkfifo is in coreutils).</summary>
internal static class Fifo
{
    public static async Task<string> MakeAsync(string path, CancellationToken cancellationToken)
    {
        using OsProcess mkfifo = OsProcess.Start("mkfifo", [path])!;
        await mkfifo.WaitForExitAsync(cancellationToken);
        Assert.That(mkfifo.ExitCode, Is.Zero, $"mkfifo {path}");
        return path;
    }
}
