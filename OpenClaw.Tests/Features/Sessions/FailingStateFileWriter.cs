using OpenClaw.Rpc.Storage;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>Saves state files normally until <see cref="Failing"/> is set, then fails every save the way a full disk does.</summary>
internal sealed class FailingStateFileWriter : StateFileWriter
{
    public bool Failing { get; set; }

    public override Task ReplaceAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Failing ? Task.FromException(new IOException($"No space left on device : {path}")) : base.ReplaceAsync(path, content, cancellationToken);
}
