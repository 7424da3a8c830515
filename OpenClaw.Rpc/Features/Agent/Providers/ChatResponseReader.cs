using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>Reads answers and stream chunks with <see cref="JsonDocument"/>: tolerant of extra fields, strict about what it needs.</summary>
internal static class ChatResponseReader
{
    /// <summary>Parses a JSON body or fails the attempt with "malformed answer" (not retried: the server speaks something else).</summary>
    public static JsonDocument Parse(string provider, ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw ProviderFailure.Permanent($"{provider} answered with malformed JSON");
        }
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out long number)
            ? number
            : null;

    public static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) ? value : default;

    /// <summary>Usage from either API's field names, or null when the answer has none.</summary>
    public static UsageDetails? Usage(JsonElement usage)
    {
        if (usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        long? input = Number(usage, "prompt_tokens") ?? Number(usage, "input_tokens");
        long? output = Number(usage, "completion_tokens") ?? Number(usage, "output_tokens");
        long? total = Number(usage, "total_tokens") ?? (input + output);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = total };
    }

    public static ChatFinishReason? FinishReason(string? reason) => reason switch
    {
        null => null,
        "stop" or "end_turn" or "stop_sequence" => ChatFinishReason.Stop,
        "length" or "max_tokens" => ChatFinishReason.Length,
        "content_filter" or "refusal" => ChatFinishReason.ContentFilter,
        "tool_calls" or "tool_use" => ChatFinishReason.ToolCalls,
        _ => new ChatFinishReason(reason),
    };
}
