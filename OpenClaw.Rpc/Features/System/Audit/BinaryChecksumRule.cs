using System.Security.Cryptography;
using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary>
/// <c>binary.checksum</c> (deep): the running executable's SHA-256 against a release <c>SHA256SUMS</c> beside it
/// or one directory up. A mismatch is critical: the binary is not the one released.
/// </summary>
internal sealed class BinaryChecksumRule : IAuditRule
{
    public async Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        if (!run.Deep || Environment.ProcessPath is not { } binary)
        {
            return [];
        }

        string name = Path.GetFileName(binary);
        string? directory = Path.GetDirectoryName(binary);
        string? sums = new[] { directory, Path.GetDirectoryName(directory) }.Where(d => d is not null)
            .Select(d => Path.Combine(d!, "SHA256SUMS")).FirstOrDefault(File.Exists);
        if (sums is null)
        {
            return [new AuditFinding("binary.checksum", AuditFinding.Info, "no release checksums to compare with",
                $"no SHA256SUMS beside {binary}", "keep the release's SHA256SUMS next to the binary to enable this check")];
        }

        string? expected = (await File.ReadAllLinesAsync(sums, cancellationToken).ConfigureAwait(false))
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2 && Path.GetFileName(p[1].TrimStart('*')) == name)
            .Select(p => p[0].ToLowerInvariant()).FirstOrDefault();
        if (expected is null)
        {
            return [new AuditFinding("binary.checksum", AuditFinding.Info, "the binary is not listed in SHA256SUMS", $"{sums} has no line for {name}", "use the SHA256SUMS of this binary's release")];
        }

        string actual;
        FileStream stream = File.OpenRead(binary);
        await using (stream.ConfigureAwait(false))
        {
            actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        return actual == expected
            ? [new AuditFinding("binary.checksum", AuditFinding.Info, "the binary matches its release checksum", $"{binary} sha256 {actual}", "none")]
            : [new AuditFinding("binary.checksum", AuditFinding.Critical, "the binary does not match its release checksum",
                $"{binary} sha256 {actual}, {sums} says {expected}", "reinstall from the release archive and verify it with sha256sum -c SHA256SUMS")];
    }
}
