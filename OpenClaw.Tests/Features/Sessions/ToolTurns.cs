using System.Text.Json;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>Turns with tool calls, shaped the way the tool loop stores them: question, calls, one result per call, answer.</summary>
internal static class ToolTurns
{
    /// <summary>
    /// Turn <paramref name="n"/>: the model reads two files at once (one read denied), then answers. Five messages: user,
    /// assistant with calls <c>c{n}a</c> and <c>c{n}b</c>, their results (in the other order), the final answer.
    /// </summary>
    public static TranscriptMessage[] TwoCalls(int n, string result = "line one\nline two")
    {
        DateTimeOffset at = SessionTurns.Start.AddMinutes(n);
        return
        [
            new TranscriptMessage("user", $"question {n}", at),
            new TranscriptMessage("assistant", string.Empty, at.AddSeconds(1), "openai", "gpt-4o-mini", new TurnUsage(10, 4, 14),
                [Call($"c{n}a", "files__read_file", "{\"path\":\"/home/ada/notes/a.md\"}"), Call($"c{n}b", "files__read_file", "{\"path\":\"/etc/shadow\"}")]),
            TranscriptMessage.ToolResult($"c{n}b", "files__read_file", "denied", "Tool call denied: not approved by the user", at.AddSeconds(2)),
            TranscriptMessage.ToolResult($"c{n}a", "files__read_file", "completed", result, at.AddSeconds(3)),
            new TranscriptMessage("assistant", $"answer {n}", at.AddSeconds(4), "openai", "gpt-4o-mini", new TurnUsage(30, 6, 36)),
        ];
    }

    public static TranscriptToolCall Call(string id, string tool, string argumentsJson)
    {
        using JsonDocument arguments = JsonDocument.Parse(argumentsJson);
        return new TranscriptToolCall(id, tool, arguments.RootElement.Clone());
    }

    /// <summary>What a reader sees of a message, tool calls included (a record compares its list by reference).</summary>
    public static string Describe(TranscriptMessage m) =>
        $"{m.Role}|{m.Text}|{m.Timestamp:O}|{m.Provider}|{m.Model}|{m.Usage}|"
        + string.Join(";", (m.ToolCalls ?? []).Select(c => $"{c.Id}:{c.Tool}:{c.Arguments.GetRawText()}"))
        + $"|{m.ToolCallId}|{m.ToolName}|{m.Outcome}";
}
