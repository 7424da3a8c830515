using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>Tool use through the Anthropic client against a local fake server: what is sent, what comes back.</summary>
public sealed class AnthropicToolUseTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task Offered_tools_go_out_with_their_input_schema(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicText("ok"));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        JsonElement tools = server.RequestsTo("c").Single().Json.GetProperty("tools");
        Assert.That(tools.GetArrayLength(), Is.EqualTo(2));
        Assert.That(tools[0].GetRawText(), Is.EqualTo(
            "{\"name\":\"files__list_directory\",\"description\":\"List a directory\",\"input_schema\":" + ToolCallingClients.ListSchema + "}"));
        Assert.That(tools[1].GetProperty("name").GetString(), Is.EqualTo("files__read_file"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Without_tools_the_body_has_no_tools_key_and_reads_as_before(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicText("ok"));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        ChatMessage[] messages = [new(ChatRole.System, "be brief"), new(ChatRole.User, "hi"), new(ChatRole.Assistant, "hello"), new(ChatRole.User, "again")];
        await client.GetResponseAsync(messages, null, cancellationToken);
        await client.GetResponseAsync(messages, new ChatOptions { Tools = [] }, cancellationToken);
        const string Expected = "{\"model\":\"m1\",\"max_tokens\":4096,\"system\":\"be brief\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
            + "{\"role\":\"assistant\",\"content\":\"hello\"},{\"role\":\"user\",\"content\":\"again\"}],\"stream\":false}";
        Assert.That(server.RequestsTo("c").Select(r => r.Body), Is.EqualTo(new[] { Expected, Expected }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Several_tool_use_blocks_in_a_plain_answer_come_back_in_order_with_the_text(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicToolUse("Let me look.",
            ("toolu_1", "files__list_directory", "{\"path\":\"/notes\"}"), ("toolu_2", "files__read_file", "{\"name\":\"a.txt\",\"lines\":[1,2]}")));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(response.Text, Is.EqualTo("Let me look."));
        Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
        Assert.That(ToolCallingClients.Describe(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()), Is.EqualTo(new[]
        {
            "toolu_1:files__list_directory{\"path\":\"/notes\"}",
            "toolu_2:files__read_file{\"name\":\"a.txt\",\"lines\":[1,2]}",
        }));
    }

    [TestCase(null)]
    [TestCase("Checking.")]
    [CancelAfter(30_000)]
    public async Task Streamed_tool_use_blocks_are_assembled_from_partial_json_and_each_emitted_when_its_block_stops(string? text,
        CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicToolUseStream(text,
            ("toolu_1", "files__list_directory", "{\"path\":\"/notes\"}"), ("toolu_2", "files__read_file", "{}")));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        var seen = new List<(int Update, string Call)>();
        int updates = 0;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken))
        {
            updates++;
            seen.AddRange(ToolCallingClients.Describe(update.Contents.OfType<FunctionCallContent>()).Select(c => (updates, c)));
        }

        Assert.That(seen.Select(s => s.Call), Is.EqualTo(new[] { "toolu_1:files__list_directory{\"path\":\"/notes\"}", "toolu_2:files__read_file{}" }));
        Assert.That(seen[0].Update, Is.LessThan(seen[1].Update), "the first call is emitted when its block stops, before the second is read");
        StreamedAnswer again = await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(again.Text, Is.EqualTo(text ?? string.Empty));
        Assert.That(again.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
    }

    [TestCase("[1,2]", "an array")]
    [TestCase("null", "null")]
    [CancelAfter(30_000)]
    public async Task Input_that_is_not_an_object_marks_the_call_instead_of_failing_the_answer(string input, string reason, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Script("c", LlmReply.AnthropicToolUse(("toolu_1", "files__read_file", input)), LlmReply.AnthropicToolUseStream(("toolu_1", "files__read_file", input)));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        ChatResponse plain = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        StreamedAnswer streamed = await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        foreach (FunctionCallContent call in (IEnumerable<FunctionCallContent>)[plain.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single(), streamed.Calls.Single()])
        {
            Assert.That(call.CallId, Is.EqualTo("toolu_1"));
            Assert.That(call.Arguments, Is.Empty);
            Assert.That(call.Exception?.Message, Does.Contain(reason));
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task History_with_calls_and_results_goes_back_as_tool_use_and_merged_tool_result_blocks(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("c", LlmReply.AnthropicText("ok"));
        using IChatClient client = ToolCallingClients.Anthropic(server);
        await client.GetResponseAsync(ToolCallingClients.ConversationWithToolCalls(), ToolCallingClients.Tools(), cancellationToken);
        JsonElement body = server.RequestsTo("c").Single().Json;
        Assert.That(body.GetProperty("system").GetString(), Is.EqualTo("be brief"));
        string[] messages = [.. body.GetProperty("messages").EnumerateArray().Select(m => m.GetRawText())];
        Assert.That(messages, Is.EqualTo(new[]
        {
            "{\"role\":\"user\",\"content\":\"what is in /notes?\"}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"call_1\",\"name\":\"files__list_directory\",\"input\":{\"path\":\"/notes\"}},"
                + "{\"type\":\"tool_use\",\"id\":\"call_2\",\"name\":\"files__read_file\",\"input\":{\"name\":\"a.txt\",\"lines\":2}}]}",
            "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"call_1\",\"content\":\"a.txt\\nb.txt\"},"
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"call_2\",\"content\":\"Tool call denied: not approved by the user\",\"is_error\":true}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"call_3\",\"name\":\"files__read_file\",\"input\":{\"name\":\"b.txt\"}}]}",
            "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"call_3\",\"content\":\"hello\"}]}",
            "{\"role\":\"assistant\",\"content\":\"b.txt says hello.\"}",
            "{\"role\":\"user\",\"content\":\"thanks\"}",
        }));
    }
}
