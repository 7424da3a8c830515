using System.Text.Json;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>What the model reads of a <c>tools/call</c> result.</summary>
public sealed class McpCallResultTextTests
{
    [Test]
    public void Text_blocks_are_joined_and_other_blocks_summarised_with_their_size()
    {
        ToolOutput output = Format("""
            {"content":[{"type":"text","text":"first"},{"type":"image","mimeType":"image/png","data":"AAAA"},
              {"type":"audio","mimeType":"audio/wav","data":"AAA="},{"type":"resource_link","uri":"file:///notes.md","name":"notes"},
              {"type":"resource","resource":{"uri":"file:///a.txt","mimeType":"text/plain","text":"héllo"}},{"type":"text","text":"last"}]}
            """);

        Assert.That(output, Is.EqualTo(new ToolOutput(
            "first\n[image image/png, 3 bytes]\n[audio audio/wav, 2 bytes]\n[resource link file:///notes.md]\n[resource file:///a.txt, text/plain, 6 bytes]\nlast",
            Failed: false)));
    }

    [Test]
    public void Structured_content_is_the_text_when_no_block_holds_text()
    {
        Assert.That(Format("""{"content":[],"structuredContent":{"answer":42}}""").Text, Is.EqualTo("""{"answer":42}"""));
        Assert.That(Format("""{"content":[{"type":"text","text":"42"}],"structuredContent":{"answer":42}}""").Text, Is.EqualTo("42"));
    }

    [Test]
    public void An_error_result_fails_and_an_empty_one_says_so()
    {
        Assert.That(Format("""{"content":[{"type":"text","text":"no such file"}],"isError":true}"""), Is.EqualTo(new ToolOutput("no such file", Failed: true)));
        Assert.That(Format("""{"content":[]}"""), Is.EqualTo(new ToolOutput("(the tool returned no content)", Failed: false)));
        Assert.That(Format("""[]""").Failed, Is.True);
    }

    [Test]
    public void A_known_secret_in_the_output_is_redacted()
    {
        var secrets = new SecretRedactor();
        secrets.Add("sk-live-abcdef123456");
        using JsonDocument result = JsonDocument.Parse("""{"content":[{"type":"text","text":"key=sk-live-abcdef123456"}]}""");

        Assert.That(McpCallResultText.Format(result.RootElement, secrets).Text, Is.EqualTo("key=" + SecretRedactor.Marker));
    }

    [Test]
    public void Output_over_64_KB_is_cut_on_a_character_boundary_with_a_marker_in_bytes()
    {
        string text = new string('a', 65535) + new string('é', 1000);

        string capped = McpCallResultText.Cap(text);

        Assert.That(capped, Is.EqualTo(new string('a', 65535) + "\n[output truncated: 65535 of 67535 bytes shown]"), "é is two bytes: the one that straddles the cap is left out whole");
        Assert.That(McpCallResultText.Cap("short"), Is.EqualTo("short"));
    }

    private static ToolOutput Format(string json)
    {
        using JsonDocument result = JsonDocument.Parse(json);
        return McpCallResultText.Format(result.RootElement, new SecretRedactor());
    }
}
