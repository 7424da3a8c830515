using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary><c>stateDir</c>: exists (or can be created), is writable, and is not open to group or others.</summary>
internal sealed class StateDirCheck(RuntimeSettings settings) : IDoctorCheck
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Id => "stateDir";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        string dir = settings.StateDir;
        if (!Directory.Exists(dir))
        {
            if (!run.Fix)
            {
                return Done(DoctorCheckResult.Warn, "does not exist yet (it is created on first write)", dir, fixable: true);
            }

            PrivateDirectory.Ensure(dir);

            run.Record(new FixChange(dir, "mkdir", null, OperatingSystem.IsWindows() ? null : UnixPermissions.Octal(OwnerOnly)));
        }

        if (!OperatingSystem.IsWindows())
        {
            UnixFileMode mode = File.GetUnixFileMode(dir);
            if ((mode & UnixPermissions.GroupOrOtherAny) != 0)
            {
                if (run.Fix)
                {
                    UnixPermissions.Tighten(run, dir, OwnerOnly);
                }
                else
                {
                    string status = (mode & UnixPermissions.GroupOrOtherWrite) != 0 ? DoctorCheckResult.Fail : DoctorCheckResult.Warn;
                    return Done(status, $"permissions {UnixPermissions.Octal(mode)} let other users in; expected 0700", dir, fixable: true);
                }
            }
        }

        return Writable(dir)
            ? Done(DoctorCheckResult.Pass, "exists and is writable", dir)
            : Done(DoctorCheckResult.Fail, "is not writable by this user", dir);
    }

    private static bool Writable(string dir)
    {
        string probe = Path.Combine(dir, $".doctor-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private Task<DoctorCheckResult> Done(string status, string message, string detail, bool? fixable = null) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail, fixable));
}
