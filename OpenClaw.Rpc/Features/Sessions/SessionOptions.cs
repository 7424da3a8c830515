namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Where sessions live and how much history a run is fed (<c>sessions.*</c> in the config).</summary>
internal sealed record SessionOptions
{
    public const int DefaultMaxHistoryMessages = 20;
    public const int DefaultMaxHistoryChars = 32_000;

    /// <summary><c>&lt;stateDir&gt;/sessions</c>: the index and one transcript per session.</summary>
    public required string Directory { get; init; }

    /// <summary><c>sessions.maxHistoryMessages</c> (1..200): the most messages a run is fed; whole turns only (see <see cref="SessionHistoryWindow"/>).</summary>
    public int MaxHistoryMessages { get; init; } = DefaultMaxHistoryMessages;

    /// <summary><c>sessions.maxHistoryChars</c> (1000..1000000): the most characters of message text (and tool-call arguments) a run is fed.</summary>
    public int MaxHistoryChars { get; init; } = DefaultMaxHistoryChars;

    public string IndexPath => Path.Combine(Directory, "index.json");

    public string TranscriptPath(string sessionId) => Path.Combine(Directory, sessionId + ".jsonl");
}
