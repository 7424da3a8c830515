namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// The order providers are tried in: a pinned provider alone; otherwise the selected one (prefs, then config),
/// then <c>messages.tts.fallbacks</c> or the track's default order.
/// </summary>
internal sealed class TtsChainPlanner(TtsOptions options, TtsPrefsStore prefs, IEnumerable<ITtsProvider> providers)
{
    private readonly Dictionary<string, ITtsProvider> _byId = providers.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<ITtsProvider> All => _byId.Values;

    public string? Selected => prefs.Read().Provider ?? options.Provider;

    public ITtsProvider? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<ITtsProvider> Plan(string? pinned)
    {
        if (pinned is not null)
        {
            return [_byId[pinned]];
        }

        IEnumerable<string> order = (options.Fallbacks ?? options.DefaultOrder).Prepend(Selected ?? string.Empty);
        return [.. order.Where(_byId.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => _byId[id])];
    }

    /// <summary>The providers a conversion would actually try now: configured and available.</summary>
    public IReadOnlyList<string> EffectiveChain() =>
        [.. Plan(null).Where(p => p.Inspect() is { Configured: true, Available: true }).Select(p => p.Id)];
}
