using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>Tool calling through the OpenAI-compatible client against a local fake server: what is sent, what comes back.</summary>
public sealed class OpenAiToolCallingTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task Offered_tools_go_out_as_functions_with_their_schema(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok"));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        JsonElement tools = server.RequestsTo("a").Single().Json.GetProperty("tools");
        Assert.That(tools.GetArrayLength(), Is.EqualTo(2));
        Assert.That(tools[0].GetRawText(), Is.EqualTo(
            "{\"type\":\"function\",\"function\":{\"name\":\"files__list_directory\",\"description\":\"List a directory\",\"parameters\":" + ToolCallingClients.ListSchema + "}}"));
        Assert.That(tools[1].GetProperty("function").GetProperty("name").GetString(), Is.EqualTo("files__read_file"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Without_tools_the_body_has_no_tools_key_and_reads_as_before(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok"));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        ChatMessage[] messages = [new(ChatRole.System, "be brief"), new(ChatRole.User, "hi"), new(ChatRole.Assistant, "hello"), new(ChatRole.User, "again")];
        await client.GetResponseAsync(messages, null, cancellationToken);
        await client.GetResponseAsync(messages, new ChatOptions { Tools = [] }, cancellationToken);
        const string Expected = "{\"model\":\"m1\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"hi\"},"
            + "{\"role\":\"assistant\",\"content\":\"hello\"},{\"role\":\"user\",\"content\":\"again\"}],\"stream\":false}";
        Assert.That(server.RequestsTo("a").Select(r => r.Body), Is.EqualTo(new[] { Expected, Expected }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Several_calls_in_one_plain_answer_come_back_in_order_with_the_text(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiToolCalls("Let me look.",
            ("call_1", "files__list_directory", "{\"path\":\"/notes\"}"), ("call_2", "files__read_file", "{\"name\":\"a.txt\",\"max\":{\"lines\":[1,2]}}")));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(response.Text, Is.EqualTo("Let me look."));
        Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
        List<FunctionCallContent> calls = [.. response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()];
        Assert.That(ToolCallingClients.Describe(calls), Is.EqualTo(new[]
        {
            "call_1:files__list_directory{\"path\":\"/notes\"}",
            "call_2:files__read_file{\"name\":\"a.txt\",\"max\":{\"lines\":[1,2]}}",
        }));
        Assert.That(calls.Select(c => c.Exception), Is.All.Null);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Streamed_calls_are_assembled_from_interleaved_fragments_and_emitted_once(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiToolCallStream("Checking.",
            ("call_1", "files__list_directory", "{\"path\":\"/notes/été\"}"), ("call_2", "files__read_file", "{\"name\":\"a.txt\"}")));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        StreamedAnswer answer = await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(answer.Text, Is.EqualTo("Checking."));
        Assert.That(answer.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
        Assert.That(ToolCallingClients.Describe(answer.Calls), Is.EqualTo(new[]
        {
            "call_1:files__list_directory{\"path\":\"/notes/\\u00E9t\\u00E9\"}",
            "call_2:files__read_file{\"name\":\"a.txt\"}",
        }));
        Assert.That(((JsonElement)answer.Calls[0].Arguments!["path"]!).GetString(), Is.EqualTo("/notes/été"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_streamed_turn_of_calls_without_text_or_finish_reason_is_a_finished_answer(CancellationToken cancellationToken)
    {
        LlmReply reply = LlmReply.OpenAiToolCallStream(("call_1", "files__read_file", "{\"name\":\"a.txt\"}"));
        await using var server = new FakeLlmServer().Always("a", reply with { Chunks = [.. reply.Chunks.Where(c => !c.Contains("finish_reason\":\"tool_calls", StringComparison.Ordinal))] });
        using IChatClient client = ToolCallingClients.OpenAi(server);
        StreamedAnswer answer = await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(answer.Text, Is.Empty);
        Assert.That(ToolCallingClients.Describe(answer.Calls), Is.EqualTo(new[] { "call_1:files__read_file{\"name\":\"a.txt\"}" }));
    }

    [TestCase("[1,2]", "an array")]
    [TestCase("\"just text\"", "a string")]
    [TestCase("{\"path\": ", "arguments of files__read_file are not a JSON object")]
    [CancelAfter(30_000)]
    public async Task Arguments_that_are_not_an_object_mark_the_call_instead_of_failing_the_answer(string arguments, string reason, CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.OpenAiToolCalls(("call_1", "files__read_file", arguments)), LlmReply.OpenAiToolCallStream(("call_1", "files__read_file", arguments)));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        ChatResponse plain = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        StreamedAnswer streamed = await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        foreach (FunctionCallContent call in (IEnumerable<FunctionCallContent>)[plain.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single(), streamed.Calls.Single()])
        {
            Assert.That(call.CallId, Is.EqualTo("call_1"));
            Assert.That(call.Arguments, Is.Empty);
            Assert.That(call.Exception?.Message, Does.Contain(reason));
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Arguments_sent_as_an_object_instead_of_a_string_are_taken_as_they_are(CancellationToken cancellationToken)
    {
        LlmReply reply = LlmReply.OpenAiToolCalls(("call_1", "files__read_file", "{}"));
        await using var server = new FakeLlmServer()
            .Always("a", reply with { Body = reply.Body.Replace("\"arguments\":\"{}\"", "\"arguments\":{\"name\":\"a.txt\"}", StringComparison.Ordinal) });
        using IChatClient client = ToolCallingClients.OpenAi(server);
        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken);
        Assert.That(ToolCallingClients.Describe(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()),
            Is.EqualTo(new[] { "call_1:files__read_file{\"name\":\"a.txt\"}" }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_stream_of_too_many_calls_or_too_long_arguments_fails_the_attempt_instead_of_buffering(CancellationToken cancellationToken)
    {
        (string, string, string)[] many = [.. Enumerable.Range(0, StreamedToolCalls.MaxCalls + 1).Select(i => ($"call_{i}", "files__read_file", "{}"))];
        string huge = "{\"text\":\"" + new string('x', StreamedToolCalls.MaxArgumentChars) + "\"}";
        await using var server = new FakeLlmServer()
            .Script("a", LlmReply.OpenAiToolCallStream(many), LlmReply.OpenAiToolCallStream(("call_1", "files__read_file", huge)));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        Assert.That(async () => await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken),
            Throws.InstanceOf<ProviderFailure>().With.Message.EqualTo("a streamed more than 128 tool calls in one answer"));
        Assert.That(async () => await ToolCallingClients.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")], ToolCallingClients.Tools(), cancellationToken),
            Throws.InstanceOf<ProviderFailure>().With.Message.EqualTo("a streamed tool call arguments over 1 MiB"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task History_with_calls_and_results_goes_back_as_tool_calls_and_tool_messages(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiText("ok"));
        using IChatClient client = ToolCallingClients.OpenAi(server);
        await client.GetResponseAsync(ToolCallingClients.ConversationWithToolCalls(), ToolCallingClients.Tools(), cancellationToken);
        string[] messages = [.. server.RequestsTo("a").Single().Json.GetProperty("messages").EnumerateArray().Select(m => m.GetRawText())];
        Assert.That(messages, Is.EqualTo(new[]
        {
            "{\"role\":\"system\",\"content\":\"be brief\"}",
            "{\"role\":\"user\",\"content\":\"what is in /notes?\"}",
            "{\"role\":\"assistant\",\"content\":\"Let me look.\",\"tool_calls\":["
                + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"files__list_directory\",\"arguments\":\"{\\u0022path\\u0022:\\u0022/notes\\u0022}\"}},"
                + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"files__read_file\",\"arguments\":\"{\\u0022name\\u0022:\\u0022a.txt\\u0022,\\u0022lines\\u0022:2}\"}}]}",
            "{\"role\":\"tool\",\"content\":\"a.txt\\nb.txt\",\"tool_call_id\":\"call_1\"}",
            "{\"role\":\"tool\",\"content\":\"Tool call denied: not approved by the user\",\"tool_call_id\":\"call_2\"}",
            "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":["
                + "{\"id\":\"call_3\",\"type\":\"function\",\"function\":{\"name\":\"files__read_file\",\"arguments\":\"{\\u0022name\\u0022:\\u0022b.txt\\u0022}\"}}]}",
            "{\"role\":\"tool\",\"content\":\"hello\",\"tool_call_id\":\"call_3\"}",
            "{\"role\":\"assistant\",\"content\":\"b.txt says hello.\"}",
            "{\"role\":\"user\",\"content\":\"thanks\"}",
        }));
    }
}
