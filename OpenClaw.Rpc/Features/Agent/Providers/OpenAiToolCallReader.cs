using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// Reads <c>tool_calls</c>: whole in <c>choices[0].message</c>, or in indexed fragments in streamed <c>delta</c>s.
/// Arguments come as a JSON string; an object in their place (sent by some local servers) is taken as it is.
/// </summary>
internal static class OpenAiToolCallReader
{
    /// <summary>The calls of a whole answer's message, in order.</summary>
    public static IEnumerable<FunctionCallContent> Read(string provider, JsonElement message)
    {
        if (ChatResponseReader.Property(message, "tool_calls") is not { ValueKind: JsonValueKind.Array } calls)
        {
            yield break;
        }

        int position = 0;
        foreach (JsonElement call in calls.EnumerateArray())
        {
            JsonElement function = ChatResponseReader.Property(call, "function");
            string id = ChatResponseReader.String(call, "id") is { Length: > 0 } given ? given : string.Create(CultureInfo.InvariantCulture, $"call_{position}");
            string name = ChatResponseReader.String(function, "name") is { Length: > 0 } named
                ? named
                : throw ProviderFailure.Permanent($"{provider} answered a tool call without a name");
            JsonElement arguments = ChatResponseReader.Property(function, "arguments");
            yield return arguments.ValueKind switch
            {
                JsonValueKind.String => ToolArguments.Call(id, name, arguments.GetString()!),
                JsonValueKind.Undefined or JsonValueKind.Null => ToolArguments.Call(id, name, string.Empty),
                _ => ToolArguments.Call(id, name, arguments),
            };
            position++;
        }
    }

    /// <summary>Adds the fragments of a streamed <c>delta</c> to <paramref name="calls"/>.</summary>
    public static void Add(JsonElement delta, StreamedToolCalls calls)
    {
        if (ChatResponseReader.Property(delta, "tool_calls") is not { ValueKind: JsonValueKind.Array } fragments)
        {
            return;
        }

        int position = 0;
        foreach (JsonElement fragment in fragments.EnumerateArray())
        {
            JsonElement function = ChatResponseReader.Property(fragment, "function");
            JsonElement arguments = ChatResponseReader.Property(function, "arguments");
            calls.Add(ChatResponseReader.Number(fragment, "index") ?? position, ChatResponseReader.String(fragment, "id"),
                ChatResponseReader.String(function, "name"),
                arguments.ValueKind switch
                {
                    JsonValueKind.String => arguments.GetString(),
                    JsonValueKind.Object => arguments.GetRawText(),
                    _ => null,
                });
            position++;
        }
    }
}
