using System.Buffers;
using System.Text.Json;

namespace OpenClaw.Rpc.Configuration.Json5;

/// <summary>
/// Reads JSON5 (what upstream OpenClaw's config is written in) and writes the same value as plain JSON, so the config
/// loader keeps working on a <see cref="JsonDocument"/>. A recursive-descent reader, no evaluation: unquoted keys,
/// single-quoted strings, comments, trailing commas, hex numbers, a leading '+' or '.', Infinity and NaN (kept as the
/// strings "Infinity", "-Infinity" and "NaN", which JSON cannot hold) and strings continued with a backslash at the end
/// of a line. Plain JSON reads unchanged. Errors say what is wrong, at a 1-based line and column.
/// </summary>
internal static class Json5Reader
{
    /// <summary>Nesting deeper than this is refused, as <see cref="JsonDocument"/> refuses it by default.</summary>
    public const int MaxDepth = 64;

    /// <summary>The value in <paramref name="text"/> as UTF-8 JSON.</summary>
    public static byte[] ToJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cursor = new Json5Cursor(text);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, text.Length));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            cursor.SkipInsignificant();
            if (cursor.AtEnd)
            {
                throw cursor.Error("the text is empty: expected a value");
            }

            ReadValue(cursor, writer, 0);
            cursor.SkipInsignificant();
            if (!cursor.AtEnd)
            {
                throw cursor.Error($"unexpected {cursor.Describe()} after the value (only white space and comments may follow it)");
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses JSON5 text into a document.</summary>
    public static JsonDocument Parse(string text) => JsonDocument.Parse(ToJson(text));

    private static void ReadValue(Json5Cursor cursor, Utf8JsonWriter writer, int depth)
    {
        switch (cursor.Current)
        {
            case '{':
                ReadObject(cursor, writer, Deeper(cursor, depth));
                break;
            case '[':
                ReadArray(cursor, writer, Deeper(cursor, depth));
                break;
            case '"' or '\'':
                writer.WriteStringValue(Json5Strings.ReadQuoted(cursor));
                break;
            case >= '0' and <= '9' or '-' or '+' or '.':
                Json5Numbers.Write(cursor, writer);
                break;
            default:
                if (!cursor.AtEnd && Json5Strings.IsIdentifierStart(cursor.Current))
                {
                    ReadWord(cursor, writer);
                    break;
                }

                throw cursor.Error($"expected a value (an object, array, string, number, true, false or null), found {cursor.Describe()}");
        }
    }

    private static void ReadWord(Json5Cursor cursor, Utf8JsonWriter writer)
    {
        Json5SyntaxException unknown = cursor.Error("expected a value");
        string word = Json5Strings.ReadIdentifier(cursor);
        switch (word)
        {
            case "true":
                writer.WriteBooleanValue(true);
                break;
            case "false":
                writer.WriteBooleanValue(false);
                break;
            case "null":
                writer.WriteNullValue();
                break;
            case "Infinity" or "NaN":
                writer.WriteStringValue(word);
                break;
            default:
                throw new Json5SyntaxException($"expected a value, found the bare word '{word}' (put text in quotes)", unknown.Line, unknown.Column);
        }
    }

    private static void ReadObject(Json5Cursor cursor, Utf8JsonWriter writer, int depth)
    {
        Json5SyntaxException unclosed = cursor.Error("this '{' is never closed");
        cursor.Advance();
        writer.WriteStartObject();
        while (true)
        {
            cursor.SkipInsignificant();
            if (cursor.Current == '}')
            {
                break;
            }

            if (cursor.AtEnd)
            {
                throw unclosed;
            }

            string key = cursor.Current is '"' or '\'' ? Json5Strings.ReadQuoted(cursor)
                : Json5Strings.IsIdentifierStart(cursor.Current) || cursor.Current == '\\' ? Json5Strings.ReadIdentifier(cursor)
                : throw cursor.Error($"expected a key (a name or a quoted string) or '}}', found {cursor.Describe()}");
            writer.WritePropertyName(key);
            cursor.SkipInsignificant();
            if (cursor.Current != ':' || cursor.AtEnd)
            {
                throw cursor.Error($"expected ':' after the key \"{key}\", found {cursor.Describe()}");
            }

            cursor.Advance();
            cursor.SkipInsignificant();
            ReadValue(cursor, writer, depth);
            cursor.SkipInsignificant();
            if (cursor.Current == ',')
            {
                cursor.Advance();
            }
            else if (cursor.Current != '}' || cursor.AtEnd)
            {
                throw cursor.AtEnd ? unclosed : cursor.Error($"expected ',' or '}}' after the value of \"{key}\", found {cursor.Describe()}");
            }
        }

        cursor.Advance();
        writer.WriteEndObject();
    }

    private static void ReadArray(Json5Cursor cursor, Utf8JsonWriter writer, int depth)
    {
        Json5SyntaxException unclosed = cursor.Error("this '[' is never closed");
        cursor.Advance();
        writer.WriteStartArray();
        while (true)
        {
            cursor.SkipInsignificant();
            if (cursor.Current == ']')
            {
                break;
            }

            if (cursor.AtEnd)
            {
                throw unclosed;
            }

            ReadValue(cursor, writer, depth);
            cursor.SkipInsignificant();
            if (cursor.Current == ',')
            {
                cursor.Advance();
            }
            else if (cursor.Current != ']' || cursor.AtEnd)
            {
                throw cursor.AtEnd ? unclosed : cursor.Error($"expected ',' or ']' after an array item, found {cursor.Describe()}");
            }
        }

        cursor.Advance();
        writer.WriteEndArray();
    }

    private static int Deeper(Json5Cursor cursor, int depth) =>
        depth < MaxDepth ? depth + 1 : throw cursor.Error($"nested more than {MaxDepth} levels deep");
}
