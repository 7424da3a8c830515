using System.Text;
using OpenClaw.Rpc.Features.Sessions;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>A transcript read the way a crash or a hand edit may have left it: torn tails, junk lines, no header.</summary>
public sealed class TranscriptParserTests
{
    private const string Header = "{\"type\":\"session\",\"formatVersion\":1,\"sessionKey\":\"main\",\"sessionId\":\"3f2b9c0e\",\"createdAt\":\"2025-05-01T09:30:00.000Z\"}";
    private const string Question = "{\"type\":\"message\",\"role\":\"user\",\"text\":\"hi\",\"ts\":\"2025-05-01T09:31:00.000Z\"}";
    private const string Answer = "{\"type\":\"message\",\"role\":\"assistant\",\"text\":\"hello\",\"ts\":\"2025-05-01T09:31:02.250Z\","
        + "\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"usage\":{\"inputTokens\":3,\"outputTokens\":5,\"totalTokens\":8}}";

    [Test]
    public void A_whole_transcript_gives_its_header_and_every_message_with_all_fields()
    {
        string text = Lines(Header, Question, Answer);

        ParsedTranscript parsed = Parse(text);

        Assert.That(parsed.Header, Is.EqualTo(new TranscriptLine("session", 1, "main", "3f2b9c0e", "2025-05-01T09:30:00.000Z")));
        Assert.That(parsed.Messages, Is.EqualTo(new[]
        {
            new TranscriptMessage("user", "hi", new DateTimeOffset(2025, 5, 1, 9, 31, 0, TimeSpan.Zero)),
            new TranscriptMessage("assistant", "hello", new DateTimeOffset(2025, 5, 1, 9, 31, 2, 250, TimeSpan.Zero), "openai", "gpt-4o-mini", new TurnUsage(3, 5, 8)),
        }));
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(text)));
        Assert.That(parsed.SkippedLines, Is.Zero);
        Assert.That(parsed.WrittenByNewerRelease, Is.False);
    }

    [Test]
    public void A_turn_torn_in_its_answer_loses_its_question_too_and_the_valid_length_ends_before_it()
    {
        string whole = Lines(Header, Question, Answer);
        string torn = whole + Lines(Question) + Answer[..40];

        ParsedTranscript parsed = Parse(torn);

        Assert.That(parsed.Messages.Select(m => m.Text), Is.EqualTo(new[] { "hi", "hello" }));
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(whole)));
        Assert.That(parsed.SkippedLines, Is.Zero, "a torn tail is not a bad line");
    }

    [Test]
    public void A_turn_torn_in_its_question_is_dropped_alone()
    {
        string whole = Lines(Header, Question, Answer);

        ParsedTranscript parsed = Parse(whole + Question[..25]);

        Assert.That(parsed.Messages, Has.Count.EqualTo(2));
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(whole)));
    }

    [Test]
    public void A_last_line_without_its_newline_is_torn_even_when_it_is_whole_json()
    {
        string whole = Lines(Header);

        ParsedTranscript parsed = Parse(whole + Lines(Question) + Answer);

        Assert.That(parsed.Messages, Is.Empty, "each turn is one write ending in a newline: without it the write was cut");
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(whole)));
    }

    [Test]
    public void A_whole_user_line_with_no_answer_at_the_end_is_dropped_like_a_torn_turn()
    {
        string whole = Lines(Header, Question, Answer);

        ParsedTranscript parsed = Parse(whole + Lines(Question));

        Assert.That(parsed.Messages.Select(m => m.Role), Is.EqualTo(new[] { "user", "assistant" }));
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(whole)), "the next append cuts it off");
        Assert.That(Parse(Lines(Header, Question)).Messages, Is.Empty);
    }

    [Test]
    public void Unreadable_lines_in_the_middle_are_counted_and_skipped_and_blank_lines_are_not_counted()
    {
        string text = Lines(Header, Question, "{not json", "", "   ", Answer,
            "{\"type\":\"message\",\"role\":\"system\",\"text\":\"x\",\"ts\":\"2025-05-01T09:31:00.000Z\"}",
            "{\"type\":\"message\",\"role\":\"user\",\"ts\":\"2025-05-01T09:31:00.000Z\"}",
            "{\"type\":\"message\",\"role\":\"user\",\"text\":\"x\",\"ts\":\"yesterday\"}",
            Header);

        ParsedTranscript parsed = Parse(text);

        Assert.That(parsed.Messages.Select(m => m.Text), Is.EqualTo(new[] { "hi", "hello" }));
        Assert.That(parsed.SkippedLines, Is.EqualTo(5), "junk, an unknown role, no text, a bad time and a second header");
        Assert.That(parsed.ValidLength, Is.EqualTo(Encoding.UTF8.GetByteCount(text)));
    }

    [Test]
    public void Without_a_header_the_messages_are_still_read()
    {
        ParsedTranscript parsed = Parse(Lines(Question, Answer));

        Assert.That(parsed.Header, Is.Null);
        Assert.That(parsed.Messages, Has.Count.EqualTo(2));
    }

    [Test]
    public void Crlf_line_ends_from_a_hand_edit_are_read()
    {
        ParsedTranscript parsed = Parse($"{Header}\r\n{Question}\r\n{Answer}\r\n");

        Assert.That(parsed.Header?.SessionId, Is.EqualTo("3f2b9c0e"));
        Assert.That(parsed.Messages.Select(m => m.Role), Is.EqualTo(new[] { "user", "assistant" }));
        Assert.That(parsed.SkippedLines, Is.Zero);
    }

    [Test]
    public void An_empty_file_has_nothing()
    {
        Assert.That(Parse(string.Empty), Is.EqualTo(ParsedTranscript.Empty).Using<ParsedTranscript>((a, b) =>
            a.Header == b.Header && a.Messages.Count == b.Messages.Count && a.ValidLength == b.ValidLength && a.SkippedLines == b.SkippedLines));
    }

    [Test]
    public void A_header_from_a_newer_release_is_recognised()
    {
        ParsedTranscript parsed = Parse(Lines(Header.Replace("\"formatVersion\":1", "\"formatVersion\":3", StringComparison.Ordinal)));

        Assert.That(parsed.WrittenByNewerRelease, Is.True);
    }

    [Test]
    public void Parse_header_reads_only_a_session_line()
    {
        Assert.That(TranscriptParser.ParseHeader(Encoding.UTF8.GetBytes(Header))?.FormatVersion, Is.EqualTo(1));
        Assert.That(TranscriptParser.ParseHeader(Encoding.UTF8.GetBytes(Question)), Is.Null);
        Assert.That(TranscriptParser.ParseHeader(Encoding.UTF8.GetBytes(Header[..30])), Is.Null);
    }

    private static ParsedTranscript Parse(string text) => TranscriptParser.Parse(Encoding.UTF8.GetBytes(text));

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));
}
