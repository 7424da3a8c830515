using System.Runtime.InteropServices;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary><c>runtime</c>: OS, architecture, glibc version on Linux (the release floor is 2.31), NativeAOT or JIT, .NET version.</summary>
internal sealed partial class RuntimeCheck : IDoctorCheck
{
    public string Id => "runtime";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        string glibc = OperatingSystem.IsLinux() ? $", glibc {GlibcVersion() ?? "unknown (not glibc)"}" : string.Empty;
        string detail = $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}{glibc}, "
            + $"{(RuntimeKind.IsNativeAot ? "NativeAOT" : "JIT")}, .NET {Environment.Version}";
        return Task.FromResult(new DoctorCheckResult(Id, DoctorCheckResult.Pass, "supported", detail));
    }

    private static string? GlibcVersion()
    {
        try
        {
            return Marshal.PtrToStringUTF8(GnuGetLibcVersion());
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "gnu_get_libc_version")]
    private static partial IntPtr GnuGetLibcVersion();
}
