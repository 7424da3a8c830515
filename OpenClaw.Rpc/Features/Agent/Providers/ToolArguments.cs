using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// A tool call's arguments between their JSON text (as models send them and MCP takes them) and the
/// <see cref="FunctionCallContent.Arguments"/> dictionary, whose values are cloned <see cref="JsonElement"/>s so they
/// outlive the document they came from. Written with <see cref="Utf8JsonWriter"/>: no reflection serializer.
/// </summary>
internal static class ToolArguments
{
    /// <summary>
    /// The members of a JSON object. Empty or blank text reads as <c>{}</c> (a tool without parameters may be called so);
    /// anything else that is not an object throws <see cref="JsonException"/> saying what it was.
    /// </summary>
    public static Dictionary<string, object?> Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        using JsonDocument document = JsonDocument.Parse(json);
        return Parse(document.RootElement);
    }

    /// <summary>The members of <paramref name="element"/>, which must be a JSON object; throws <see cref="JsonException"/> otherwise.</summary>
    public static Dictionary<string, object?> Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"tool arguments must be a JSON object, not {Describe(element.ValueKind)}");
        }

        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }

    /// <summary>
    /// The call a model asked for. Arguments that are not a JSON object do not fail the answer: the call carries an
    /// empty dictionary and <see cref="FunctionCallContent.Exception"/>, so the tool loop can tell the model.
    /// </summary>
    public static FunctionCallContent Call(string callId, string name, string json)
    {
        try
        {
            return new FunctionCallContent(callId, name, Parse(json));
        }
        catch (JsonException e)
        {
            return Malformed(callId, name, e);
        }
    }

    /// <summary>The call a model asked for, with arguments already parsed (Anthropic's <c>input</c>).</summary>
    public static FunctionCallContent Call(string callId, string name, JsonElement input)
    {
        try
        {
            return new FunctionCallContent(callId, name, Parse(input));
        }
        catch (JsonException e)
        {
            return Malformed(callId, name, e);
        }
    }

    /// <summary>
    /// A JSON object of <paramref name="arguments"/> (null writes <c>{}</c>). Values may be <see cref="JsonElement"/>,
    /// string, bool, a number or null; any other type throws <see cref="ArgumentException"/> naming it.
    /// </summary>
    public static string Write(IDictionary<string, object?>? arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach ((string name, object? value) in arguments ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                WriteValue(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The same object as <see cref="Write"/>, as an element (Anthropic's <c>input</c> is an object, not a string).</summary>
    public static JsonElement Element(IDictionary<string, object?>? arguments)
    {
        using JsonDocument document = JsonDocument.Parse(Write(arguments));
        return document.RootElement.Clone();
    }

    private static FunctionCallContent Malformed(string callId, string name, JsonException e) =>
        new(callId, name, new Dictionary<string, object?>(StringComparer.Ordinal))
        {
            Exception = new InvalidDataException($"the arguments of {name} are not a JSON object ({e.Message})", e),
        };

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement { ValueKind: JsonValueKind.Undefined }:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case float or double when !double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)):
                throw new ArgumentException($"tool argument {name} is {value}, which JSON cannot hold", nameof(value));
            case float single:
                writer.WriteNumberValue(single);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                throw new ArgumentException($"tool argument {name} is a {value.GetType().Name}, which is not written as JSON here", nameof(value));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
