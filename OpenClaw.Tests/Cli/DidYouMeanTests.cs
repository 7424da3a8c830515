using OpenClaw.Rpc.Cli;

namespace OpenClaw.Tests.Cli;

/// <summary>The names offered for a mistyped command, method, option or shell.</summary>
public sealed class DidYouMeanTests
{
    private static readonly string[] Methods = ["health", "status", "tts.convert", "tts.status", "tts.enable", "sessions.list"];

    [TestCase("cal", "call")]
    [TestCase("docter", "doctor")]
    [TestCase("comp", "completion")]
    [TestCase("vresion", "version")]
    public void A_mistyped_command_finds_the_command(string typed, string expected)
    {
        Assert.That(DidYouMean.Closest(typed, CliCommands.FirstWords), Is.EqualTo(new[] { expected }));
    }

    [TestCase("tts.convrt", "tts.convert")]
    [TestCase("convert", "tts.convert")]
    [TestCase("helth", "health")]
    [TestCase("TTS.Status", "tts.status")]
    public void A_mistyped_method_finds_the_method(string typed, string expected)
    {
        Assert.That(DidYouMean.Closest(typed, Methods), Is.EqualTo(new[] { expected }));
    }

    [TestCase("frobnicate")]
    [TestCase("x")]
    [TestCase("agent.run")]
    public void A_name_near_nothing_gets_no_suggestion(string typed)
    {
        Assert.That(DidYouMean.Hint(typed, Methods), Is.Empty);
    }

    [Test]
    public void Equally_close_names_are_all_offered()
    {
        Assert.That(DidYouMean.Hint("tts.", Methods), Is.EqualTo("; did you mean 'tts.convert' or 'tts.status' or 'tts.enable'?"));
    }

    [TestCase("abc", "abc", 0)]
    [TestCase("ab", "ba", 1)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("", "call", 4)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Assert.That(DidYouMean.Distance(a, b), Is.EqualTo(expected));
    }
}
