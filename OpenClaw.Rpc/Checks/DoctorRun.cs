namespace OpenClaw.Rpc.Checks;

/// <summary>One doctor run: whether to repair, and the list of repairs made.</summary>
internal sealed class DoctorRun(bool fix)
{
    private readonly List<FixChange> _changes = [];

    /// <summary>Whether safe repairs are allowed.</summary>
    public bool Fix { get; } = fix;

    /// <summary>Whether slower checks that reach out (probing providers, bounded by a timeout) run too.</summary>
    public bool Deep { get; init; }

    /// <summary>Every change made, in order.</summary>
    public IReadOnlyList<FixChange> Changes => _changes;

    /// <summary>Records a change that was made.</summary>
    public void Record(FixChange change) => _changes.Add(change);
}
