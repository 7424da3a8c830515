namespace OpenClaw.Rpc.Checks;

/// <summary>
/// An area that audits the permissions of its own files under the state dir (sessions), so the generic
/// <c>fs.stateFiles.permissions</c> rule leaves them alone and each file is reported once.
/// </summary>
internal interface IStatePathOwner
{
    /// <summary>Whether <paramref name="path"/> (a full path under the state dir) belongs to this area.</summary>
    bool Owns(string path);
}
