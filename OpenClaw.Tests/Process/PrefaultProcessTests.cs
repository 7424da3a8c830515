using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Processes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// The Linux NativeAOT binaries populate their zero-fill pages with one madvise(MADV_POPULATE_WRITE) before the
/// runtime starts (OpenClaw.Rpc/Native/prefault.c). A kernel without it (before 5.14) answers EINVAL, and the binary
/// must start as before: strace makes that call fail to show it.
/// </summary>
[Platform("Linux")]
[Parallelizable(ParallelScope.All)]
public sealed class PrefaultProcessTests
{
    [TestCase(RuntimeTrack.Core, false)]
    [TestCase(RuntimeTrack.Core, true)]
    [TestCase(RuntimeTrack.Edge, true)]
    [CancelAfter(60_000)]
    public async Task The_binary_populates_its_zero_fill_pages_once_and_starts_without_it_on_an_older_kernel(RuntimeTrack track, bool oldKernel,
        CancellationToken cancellationToken)
    {
        if (!RuntimeBinaries.IsPublished)
        {
            Assert.Ignore("the pre-fault constructor is linked into the NativeAOT binaries only (./build.sh test publishes them)");
        }

        if (!ExecutableResolver.Resolve("strace").Found)
        {
            Assert.Ignore("strace is not installed");
        }

        using var trace = new TempDirectory();
        string log = Path.Combine(trace.Path, "strace.log");
        List<string> launcher = ["strace", "-qq", "-o", log, "-e", "trace=madvise"];
        if (oldKernel)
        {
            // The constructor's call is the process's first madvise: fail it as a kernel before 5.14 does.
            launcher.AddRange(["-e", "inject=madvise:error=EINVAL:when=1"]);
        }

        launcher.Add("--");
        await using var runtime = RuntimeProcess.StartThrough(launcher, track);
        await runtime.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}", Framing.ContentLength, cancellationToken);
        JsonAssert.Result(await runtime.ReadAsync(cancellationToken));
        runtime.CloseInput();
        Assert.That(await runtime.WaitForExitAsync(TimeSpan.FromSeconds(30), cancellationToken: cancellationToken), Is.Zero);

        string first = File.ReadLines(log).First(line => line.StartsWith("madvise(", StringComparison.Ordinal));
        Assert.That(first, Does.Contain("MADV_POPULATE_WRITE"));
        Assert.That(first, oldKernel ? Does.Contain("= -1 EINVAL") : Does.EndWith("= 0"));
    }
}
