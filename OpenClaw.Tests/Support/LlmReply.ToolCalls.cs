using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Replies in which the model asks for tools: a list of calls (id, namespaced name, arguments as JSON text) in, a reply
/// in the provider's shape out, plain or streamed, optionally after some text. The arguments go out exactly as given,
/// so a test can script malformed ones. Streams split each call's arguments into two fragments; OpenAI streams
/// interleave the calls' fragments by index, as the API allows.
/// </summary>
internal sealed partial record LlmReply
{
    public static LlmReply OpenAiToolCalls(params (string Id, string Name, string ArgumentsJson)[] calls) => OpenAiToolCalls(null, calls);

    public static LlmReply OpenAiToolCalls(string? text, params (string Id, string Name, string ArgumentsJson)[] calls) => Json(Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", "chatcmpl-tools");
        w.WriteString("model", "m");
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        w.WriteStartObject("message");
        w.WriteString("role", "assistant");
        w.WriteString("content", text);
        w.WriteStartArray("tool_calls");
        foreach ((string id, string name, string arguments) in calls)
        {
            OpenAiCall(w, null, id, name, arguments);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("finish_reason", "tool_calls");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", 11);
        w.WriteNumber("completion_tokens", 7);
        w.WriteNumber("total_tokens", 18);
        w.WriteEndObject();
        w.WriteEndObject();
    }));

    public static LlmReply OpenAiToolCallStream(params (string Id, string Name, string ArgumentsJson)[] calls) => OpenAiToolCallStream(null, calls);

    /// <summary>
    /// Text (if any), then per round: call i's first fragment (id, name, empty arguments) in round 0, then its next
    /// arguments fragment; so call 0 goes on after call 1 has begun. Ends with <c>finish_reason: tool_calls</c> and [DONE].
    /// </summary>
    public static LlmReply OpenAiToolCallStream(string? text, params (string Id, string Name, string ArgumentsJson)[] calls)
    {
        List<string> chunks = [];
        if (text is not null)
        {
            chunks.Add(OpenAiDelta(w => w.WriteString("content", text)));
        }

        string[][] fragments = [.. calls.Select(c => Halves(c.ArgumentsJson))];
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < calls.Length; i++)
            {
                (string id, string name, _) = calls[i];
                if (round == 0)
                {
                    chunks.Add(OpenAiDelta(w => ToolCallArray(w, () => OpenAiCall(w, i, id, name, string.Empty))));
                }

                string fragment = fragments[i][round];
                chunks.Add(OpenAiDelta(w => ToolCallArray(w, () =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("index", i);
                    w.WriteStartObject("function");
                    w.WriteString("arguments", fragment);
                    w.WriteEndObject();
                    w.WriteEndObject();
                })));
            }
        }

        chunks.Add("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}\n\n");
        chunks.Add("data: [DONE]\n\n");
        return new LlmReply { Chunks = chunks };
    }

    public static LlmReply AnthropicToolUse(params (string Id, string Name, string ArgumentsJson)[] calls) => AnthropicToolUse(null, calls);

    public static LlmReply AnthropicToolUse(string? text, params (string Id, string Name, string ArgumentsJson)[] calls) => Json(Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", "msg_tools");
        w.WriteString("type", "message");
        w.WriteString("model", "claude-test");
        w.WriteStartArray("content");
        if (text is not null)
        {
            w.WriteStartObject();
            w.WriteString("type", "text");
            w.WriteString("text", text);
            w.WriteEndObject();
        }

        foreach ((string id, string name, string arguments) in calls)
        {
            w.WriteStartObject();
            w.WriteString("type", "tool_use");
            w.WriteString("id", id);
            w.WriteString("name", name);
            w.WritePropertyName("input");
            w.WriteRawValue(arguments, skipInputValidation: true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("stop_reason", "tool_use");
        w.WriteStartObject("usage");
        w.WriteNumber("input_tokens", 9);
        w.WriteNumber("output_tokens", 4);
        w.WriteEndObject();
        w.WriteEndObject();
    }));

    public static LlmReply AnthropicToolUseStream(params (string Id, string Name, string ArgumentsJson)[] calls) => AnthropicToolUseStream(null, calls);

    /// <summary>A text block (if any), then one tool_use block per call with its input in two <c>input_json_delta</c>s.</summary>
    public static LlmReply AnthropicToolUseStream(string? text, params (string Id, string Name, string ArgumentsJson)[] calls)
    {
        List<string> chunks = ["event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-test\",\"usage\":{\"input_tokens\":9}}}\n\n"];
        int block = 0;
        if (text is not null)
        {
            chunks.Add($"event: content_block_start\ndata: {{\"type\":\"content_block_start\",\"index\":{block},\"content_block\":{{\"type\":\"text\",\"text\":\"\"}}}}\n\n");
            chunks.Add($"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":{block},\"delta\":{{\"type\":\"text_delta\",\"text\":{JsonSerializer.Serialize(text)}}}}}\n\n");
            chunks.Add($"event: content_block_stop\ndata: {{\"type\":\"content_block_stop\",\"index\":{block}}}\n\n");
            block++;
        }

        foreach ((string id, string name, string arguments) in calls)
        {
            chunks.Add($"event: content_block_start\ndata: {{\"type\":\"content_block_start\",\"index\":{block},\"content_block\":{{\"type\":\"tool_use\",\"id\":{JsonSerializer.Serialize(id)},\"name\":{JsonSerializer.Serialize(name)},\"input\":{{}}}}}}\n\n");
            chunks.AddRange(Halves(arguments).Select(piece =>
                $"event: content_block_delta\ndata: {{\"type\":\"content_block_delta\",\"index\":{block},\"delta\":{{\"type\":\"input_json_delta\",\"partial_json\":{JsonSerializer.Serialize(piece)}}}}}\n\n"));
            chunks.Add($"event: content_block_stop\ndata: {{\"type\":\"content_block_stop\",\"index\":{block}}}\n\n");
            block++;
        }

        chunks.Add("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":4}}\n\n");
        chunks.Add("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        return new LlmReply { Chunks = chunks };
    }

    private static LlmReply Json(string body) => new() { Body = body, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } };

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void OpenAiCall(Utf8JsonWriter w, int? index, string id, string name, string arguments)
    {
        w.WriteStartObject();
        if (index is { } i)
        {
            w.WriteNumber("index", i);
        }

        w.WriteString("id", id);
        w.WriteString("type", "function");
        w.WriteStartObject("function");
        w.WriteString("name", name);
        w.WriteString("arguments", arguments);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ToolCallArray(Utf8JsonWriter w, Action writeCall)
    {
        w.WriteStartArray("tool_calls");
        writeCall();
        w.WriteEndArray();
    }

    private static string OpenAiDelta(Action<Utf8JsonWriter> writeDelta) => "data: " + Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("model", "m");
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        w.WriteStartObject("delta");
        writeDelta(w);
        w.WriteEndObject();
        w.WriteNull("finish_reason");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }) + "\n\n";

    /// <summary>Two pieces, split in the middle but never inside a surrogate pair; the first may be empty.</summary>
    private static string[] Halves(string text)
    {
        int middle = text.Length / 2;
        if (middle > 0 && char.IsHighSurrogate(text[middle - 1]))
        {
            middle++;
        }

        return [text[..middle], text[middle..]];
    }
}
