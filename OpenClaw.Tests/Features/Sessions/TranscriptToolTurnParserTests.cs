using System.Text;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>
/// Format version 2 on disk: tool turns parse back whole, a write of one cut at any byte leaves no part of it, version-1
/// files still read, and lines or turns no writer produces are skipped without cutting the file.
/// </summary>
public sealed class TranscriptToolTurnParserTests
{
    private const string V1Transcript =
        "{\"type\":\"session\",\"formatVersion\":1,\"sessionKey\":\"main\",\"sessionId\":\"3f2b9c0e5a7d4e1f8b6a2c9d0e1f2a3b\",\"createdAt\":\"2025-05-01T09:30:00.000Z\"}\n"
        + "{\"type\":\"message\",\"role\":\"user\",\"text\":\"hi\",\"ts\":\"2025-05-01T09:31:00.000Z\"}\n"
        + "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"hello\",\"ts\":\"2025-05-01T09:31:02.250Z\",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\","
        + "\"usage\":{\"inputTokens\":3,\"outputTokens\":5,\"totalTokens\":8}}\n"
        + "{\"type\":\"message\",\"role\":\"user\",\"text\":\"and now?\",\"ts\":\"2025-05-01T09:32:00.000Z\"}\n"
        + "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"still here\",\"ts\":\"2025-05-01T09:32:01.000Z\",\"provider\":\"anthropic\"}\n";

    [Test]
    public void A_version_1_transcript_written_by_the_previous_release_still_reads()
    {
        ParsedTranscript parsed = TranscriptParser.Parse(Encoding.UTF8.GetBytes(V1Transcript));

        Assert.That(parsed.Header?.FormatVersion, Is.EqualTo(1));
        Assert.That(parsed.WrittenByNewerRelease, Is.False);
        Assert.That(parsed.SkippedLines, Is.Zero);
        Assert.That(parsed.Messages.Select(m => $"{m.Role}:{m.Text}:{m.Provider}"),
            Is.EqualTo(new[] { "user:hi:", "assistant:hello:openai", "user:and now?:", "assistant:still here:anthropic" }));
        Assert.That(parsed.Messages[1].Usage, Is.EqualTo(new TurnUsage(3, 5, 8)));
        Assert.That(parsed.Messages.Select(m => m.ToolCalls), Is.All.Null);
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(V1Transcript)));
    }

    [Test]
    public void A_tool_turn_reads_back_with_its_calls_arguments_results_and_outcomes()
    {
        TranscriptMessage[] turn = ToolTurns.TwoCalls(1);
        byte[] content = Serialize(turn);

        ParsedTranscript parsed = TranscriptParser.Parse(content);

        Assert.That(parsed.Header?.FormatVersion, Is.EqualTo(2));
        Assert.That(parsed.Messages.Select(ToolTurns.Describe), Is.EqualTo(turn.Select(ToolTurns.Describe)));
        Assert.That(parsed.Messages[1].ToolCalls![0].Arguments.GetProperty("path").GetString(), Is.EqualTo("/home/ada/notes/a.md"));
        Assert.That(parsed.Messages[2].Text, Does.Contain("denied"));
        Assert.That(parsed.ValidLength, Is.EqualTo(content.Length));
    }

    [Test]
    public void A_tool_turn_cut_at_any_byte_is_left_out_whole_and_the_valid_length_ends_before_it()
    {
        byte[] before = Serialize(ToolTurns.TwoCalls(1));
        byte[] turn = TranscriptFile.Serialize(ToolTurns.TwoCalls(2).Select(TranscriptLine.From));

        for (int cut = 0; cut < turn.Length; cut++)
        {
            ParsedTranscript parsed = TranscriptParser.Parse([.. before, .. turn.AsSpan(0, cut)]);
            Assert.That(parsed.Messages.Select(m => m.Text).ToArray(), Does.Not.Contain("question 2").And.Length.EqualTo(5), $"cut after {cut} bytes");
            Assert.That(parsed.ValidLength, Is.EqualTo(before.Length), $"cut after {cut} bytes: the next append cuts back to here");
        }

        Assert.That(TranscriptParser.Parse([.. before, .. turn]).Messages, Has.Count.EqualTo(10), "and whole it is read");
    }

    [Test]
    public void Tool_lines_missing_what_a_writer_always_writes_are_skipped_as_unreadable()
    {
        string header = Encoding.UTF8.GetString(TranscriptFile.Serialize([TranscriptLine.Header("main", "3f2b9c0e5a7d4e1f8b6a2c9d0e1f2a3b", SessionTurns.Start)]));
        string text = header
            + "{\"type\":\"message\",\"role\":\"tool\",\"text\":\"x\",\"ts\":\"2025-05-01T09:31:00.000Z\",\"tool\":\"a__b\",\"outcome\":\"completed\"}\n"
            + "{\"type\":\"message\",\"role\":\"tool\",\"text\":\"x\",\"ts\":\"2025-05-01T09:31:00.000Z\",\"toolCallId\":\"c1\",\"tool\":\"a__b\",\"outcome\":\"exploded\"}\n"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"\",\"ts\":\"2025-05-01T09:31:00.000Z\",\"toolCalls\":[{\"tool\":\"a__b\",\"arguments\":{}}]}\n"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"\",\"ts\":\"2025-05-01T09:31:00.000Z\",\"toolCalls\":[null]}\n";

        ParsedTranscript parsed = TranscriptParser.Parse(Encoding.UTF8.GetBytes(text));

        Assert.That(parsed.Messages, Is.Empty);
        Assert.That(parsed.SkippedLines, Is.EqualTo(4), "no call id, an unknown outcome, a call without an id, a null call");
    }

    [Test]
    public void A_result_whose_call_is_unknown_ends_no_turn_and_is_kept_on_disk_but_never_fed_back()
    {
        TranscriptMessage[] turn = ToolTurns.TwoCalls(1);
        TranscriptMessage stray = TranscriptMessage.ToolResult("nobody-asked", "files__read_file", "completed", "text", SessionTurns.Start);
        byte[] content = Serialize([turn[0], turn[1], stray, turn[3], turn[4]]);

        ParsedTranscript parsed = TranscriptParser.Parse(content);

        Assert.That(parsed.Messages, Has.Count.EqualTo(5), "shown as it is: no writer made it, so it is no torn write to cut off");
        Assert.That(parsed.ValidLength, Is.EqualTo(content.Length));
        Assert.That(SessionHistoryWindow.Select(parsed.Messages, 200, 1_000_000), Is.Empty, "providers reject a result without its call");
    }

    private static byte[] Serialize(IEnumerable<TranscriptMessage> messages) =>
        TranscriptFile.Serialize([TranscriptLine.Header("main", "3f2b9c0e5a7d4e1f8b6a2c9d0e1f2a3b", SessionTurns.Start), .. messages.Select(TranscriptLine.From)]);
}
