namespace OpenClaw.Tests.Features.Sessions;

/// <summary>A clock that moves one second on every reading, so "most recently updated" is never a tie.</summary>
internal sealed class SteppingTime : TimeProvider
{
    private DateTimeOffset _now = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
        {
            _now = _now.AddSeconds(1);
            return _now;
        }
    }
}
