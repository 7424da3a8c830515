namespace OpenClaw.Rpc.Checks;

/// <summary>
/// An area's part of its track's promise (core: minimal and conservative), checked by doctor's <c>trackContract</c>.
/// Registered by the area whose settings could break it.
/// </summary>
internal interface ITrackPromise
{
    /// <summary>How the effective settings break the promise, or null when they keep it.</summary>
    string? Broken();
}
