using OpenClaw.Rpc.Features.Agent.Tools;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP stop reasons, and the one a provider's finish reason means.</summary>
internal static class AcpStopReasons
{
    public const string EndTurn = "end_turn";
    public const string MaxTokens = "max_tokens";
    public const string Refusal = "refusal";
    public const string Cancelled = "cancelled";
    public const string MaxTurnRequests = "max_turn_requests";

    /// <summary>
    /// OpenAI's <c>length</c> / <c>content_filter</c>, Anthropic's <c>max_tokens</c> / <c>refusal</c>, and the tool loop's
    /// <c>max_rounds</c>; anything else ended the turn.
    /// </summary>
    public static string FromFinishReason(string? finishReason) => finishReason switch
    {
        ToolLoop.MaxRoundsFinishReason => MaxTurnRequests,
        "length" or "max_tokens" => MaxTokens,
        "content_filter" or "refusal" => Refusal,
        _ => EndTurn,
    };
}
