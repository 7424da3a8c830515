using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// How a tool's result is handed back to a provider. A <see cref="FunctionResultContent"/> in a
/// <see cref="ChatRole.Tool"/> message carries the tool's text as its <see cref="FunctionResultContent.Result"/>
/// (a string); a failed, denied or cancelled call is marked by setting <see cref="FunctionResultContent.Exception"/>
/// (any exception; its message is never sent: the result text is what the model reads). Anthropic receives the mark
/// as <c>is_error: true</c>; the OpenAI API has no such flag, so there the text alone says it.
/// </summary>
internal static class ToolResults
{
    /// <summary>A successful call's result.</summary>
    public static FunctionResultContent Completed(string callId, string text) => new(callId, text);

    /// <summary>A call that failed or did not run; <paramref name="text"/> tells the model why.</summary>
    public static FunctionResultContent Failed(string callId, string text) => new(callId, text) { Exception = new InvalidOperationException(text) };

    /// <summary>The text the model reads: the result when it is a string, otherwise its JSON or string form.</summary>
    public static string Text(FunctionResultContent result) => result.Result switch
    {
        null => string.Empty,
        string text => text,
        JsonElement { ValueKind: JsonValueKind.Undefined } => string.Empty,
        JsonElement element => element.GetRawText(),
        object other => other.ToString() ?? string.Empty,
    };

    public static bool IsError(FunctionResultContent result) => result.Exception is not null;
}
