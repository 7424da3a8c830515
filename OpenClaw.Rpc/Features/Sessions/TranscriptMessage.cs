namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>One message of a conversation as the agent runtime sees it. <see cref="Role"/> is <c>user</c> or <c>assistant</c>.</summary>
internal sealed record TranscriptMessage(
    string Role,
    string Text,
    DateTimeOffset Timestamp,
    string? Provider = null,
    string? Model = null,
    TurnUsage? Usage = null)
{
    /// <summary>The role of the person talking to the assistant.</summary>
    public const string User = "user";

    /// <summary>The role of the model answering.</summary>
    public const string Assistant = "assistant";
}
