using OpenClaw.Rpc.Storage;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Storage;

/// <summary>The advisory lock waits for another holder, and only for one: a lock file that cannot be opened fails at once.</summary>
public sealed class FileLockTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task A_held_lock_is_waited_for_and_taken_once_released(CancellationToken cancellationToken)
    {
        using var directory = new TempDirectory();
        string path = directory.File("state.json");
        FileLock first = await FileLock.AcquireAsync(path, TimeSpan.FromSeconds(20), cancellationToken);
        Task<FileLock> second = FileLock.AcquireAsync(path, TimeSpan.FromSeconds(20), cancellationToken);
        Assert.That(second.IsCompleted, Is.False, "waits while the first holds it");

        first.Dispose();
        (await second).Dispose();
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_lock_held_past_the_wait_is_an_io_error(CancellationToken cancellationToken)
    {
        using var directory = new TempDirectory();
        string path = directory.File("state.json");
        using FileLock first = await FileLock.AcquireAsync(path, TimeSpan.FromSeconds(20), cancellationToken);

        Assert.That(async () => await FileLock.AcquireAsync(path, TimeSpan.FromMilliseconds(100), cancellationToken), Throws.TypeOf<IOException>());
    }

    [Test]
    [Platform(Exclude = "Win")]
    [CancelAfter(30_000)]
    public async Task A_lock_file_that_cannot_be_opened_fails_at_once_instead_of_waiting(CancellationToken cancellationToken)
    {
        using var directory = new TempDirectory();
        string path = directory.File("state.json");
        File.CreateSymbolicLink(path + ".lock", directory.File("missing/lock"));
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(5));

        // A wait of an hour, bounded to 5 s: retrying would end in cancellation, not in the I/O error.
        Assert.That(async () => await FileLock.AcquireAsync(path, TimeSpan.FromHours(1), bounded.Token), Throws.InstanceOf<FileNotFoundException>());
    }
}
