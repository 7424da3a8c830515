using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Everything under <c>&lt;stateDir&gt;/sessions/</c> is audited by <c>fs.transcripts.permissions</c>.</summary>
internal sealed class SessionFilesOwner(SessionOptions options) : IStatePathOwner
{
    private readonly string _directory = Path.GetFullPath(options.Directory) + Path.DirectorySeparatorChar;

    public bool Owns(string path) => Path.GetFullPath(path).StartsWith(_directory, StringComparison.Ordinal);
}
