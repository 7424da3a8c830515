using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary>
/// <c>trackContract</c>: the methods this binary registers are exactly those the protocol document gives its
/// track (so core registers no edge-only service), and each area's track promise holds (their own checks add detail).
/// </summary>
internal sealed class TrackContractCheck(MethodCatalog catalog, ServerIdentity identity, IEnumerable<ITrackPromise> promises) : IDoctorCheck
{
    public string Id => "trackContract";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> promised = OpenRpcDocument.MethodsForTrack(identity.Track.WireName());
        string[] extra = [.. catalog.Methods.Except(promised)];
        string[] missing = [.. promised.Except(catalog.Methods)];
        string track = identity.Track.WireName();
        if (extra.Length == 0 && missing.Length == 0)
        {
            string[] broken = [.. promises.Select(p => p.Broken()).OfType<string>()];
            return Task.FromResult(broken.Length == 0
                ? new DoctorCheckResult(Id, DoctorCheckResult.Pass, $"serves exactly the {track} methods ({catalog.Methods.Count}) and keeps the {track} promise")
                : new DoctorCheckResult(Id, DoctorCheckResult.Warn, $"the settings go beyond what the {track} track promises", string.Join("; ", broken)));
        }

        string detail = string.Join("; ", new[]
        {
            extra.Length > 0 ? $"registered but not {track}: {string.Join(", ", extra)}" : null,
            missing.Length > 0 ? $"{track} but not registered: {string.Join(", ", missing)}" : null,
        }.Where(d => d is not null));
        return Task.FromResult(new DoctorCheckResult(Id, DoctorCheckResult.Fail, $"the {track} track's method surface is broken", detail));
    }
}
