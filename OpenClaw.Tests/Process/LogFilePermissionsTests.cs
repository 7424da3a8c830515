using System.Diagnostics;
using System.Runtime.Versioning;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary>The log may quote prompts and provider replies: <c>--log-file</c> is private like the state files, whatever the umask.</summary>
[Platform("Linux")]
[UnsupportedOSPlatform("windows")]
[Parallelizable(ParallelScope.All)]
public sealed class LogFilePermissionsTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerReadWrite | UnixFileMode.UserExecute;

    [Test]
    [CancelAfter(60_000)]
    public async Task Under_umask_000_the_log_file_is_created_0600_and_its_new_directories_0700(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string log = Path.Combine(dir.Path, "logs", "runtime", "openclaw.log");

        int exitCode = await RunUnderUmask000Async(dir, ["--log-file", log, "--log-level", "debug", "call", "health"], cancellationToken);

        Assert.That(exitCode, Is.Zero);
        Assert.That(File.ReadAllText(log), Does.Contain("debug"), "the runtime wrote its log there");
        Assert.That(File.GetUnixFileMode(log), Is.EqualTo(OwnerReadWrite));
        Assert.That(File.GetUnixFileMode(Path.Combine(dir.Path, "logs", "runtime")), Is.EqualTo(OwnerOnlyDirectory));
        Assert.That(File.GetUnixFileMode(Path.Combine(dir.Path, "logs")), Is.EqualTo(OwnerOnlyDirectory));
    }

    /// <summary>Runs the executable through <c>sh</c> with umask 000, so nothing but the runtime's own modes narrows what it creates.</summary>
    private static async Task<int> RunUnderUmask000Async(TempDirectory dir, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])["-c", "umask 000 && exec \"$0\" \"$@\"", RuntimeBinaries.PathOf(RuntimeTrack.Core), .. args])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OPENCLAW_STATE_DIR"] = dir.File("state");
        using OsProcess process = OsProcess.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.That(await stdout + await stderr, Is.Not.Empty);
        return process.ExitCode;
    }
}
