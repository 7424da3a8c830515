using System.Globalization;
using System.Text;

namespace OpenClaw.Rpc.Configuration.Json5;

/// <summary>JSON5 strings (single or double quotes, escapes, backslash line continuations) and unquoted keys (ECMAScript identifier names).</summary>
internal static class Json5Strings
{
    public static string ReadQuoted(Json5Cursor cursor)
    {
        Json5SyntaxException unclosed = cursor.Error("this string is never closed");
        char quote = cursor.Advance();
        var text = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                throw unclosed;
            }

            char c = cursor.Current;
            if (c == quote)
            {
                cursor.Advance();
                return text.ToString();
            }

            if (c is '\n' or '\r')
            {
                throw cursor.Error("a line break inside a string (end the line with a backslash to continue the string, or write \\n)");
            }

            if (c == '\\')
            {
                ReadEscape(cursor, text);
            }
            else
            {
                text.Append(cursor.Advance());
            }
        }
    }

    /// <summary>An unquoted key: letters, digits, '$', '_' and \u escapes, not starting with a digit.</summary>
    public static string ReadIdentifier(Json5Cursor cursor)
    {
        var name = new StringBuilder();
        while (!cursor.AtEnd)
        {
            char c = cursor.Current;
            if (c == '\\')
            {
                Json5SyntaxException bad = cursor.Error("only \\u escapes may appear in an unquoted key");
                cursor.Advance();
                if (cursor.Current != 'u')
                {
                    throw bad;
                }

                cursor.Advance();
                char escaped = (char)Hex(cursor, 4);
                if (!(name.Length == 0 ? IsIdentifierStart(escaped) : IsIdentifierPart(escaped)))
                {
                    throw bad;
                }

                name.Append(escaped);
            }
            else if (name.Length == 0 ? IsIdentifierStart(c) : IsIdentifierPart(c))
            {
                name.Append(cursor.Advance());
            }
            else
            {
                break;
            }
        }

        return name.ToString();
    }

    public static bool IsIdentifierStart(char c) => c is '$' or '_' || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    private static void ReadEscape(Json5Cursor cursor, StringBuilder text)
    {
        Json5SyntaxException bad = cursor.Error("\\1 to \\9 are not escapes in JSON5");
        cursor.Advance();
        if (cursor.AtEnd)
        {
            return;
        }

        char c = cursor.Advance();
        switch (c)
        {
            case 'b': text.Append('\b'); break;
            case 'f': text.Append('\f'); break;
            case 'n': text.Append('\n'); break;
            case 'r': text.Append('\r'); break;
            case 't': text.Append('\t'); break;
            case 'v': text.Append('\v'); break;
            case '0' when cursor.Current is < '0' or > '9': text.Append('\0'); break;
            case >= '0' and <= '9': throw bad;
            case 'x': text.Append((char)Hex(cursor, 2)); break;
            case 'u': text.Append((char)Hex(cursor, 4)); break;

            // A backslash before a line break continues the string on the next line; the break is not part of it.
            case '\r':
                if (cursor.Current == '\n')
                {
                    cursor.Advance();
                }

                break;
            case '\n' or '\u2028' or '\u2029': break;

            // Any other escaped character stands for itself: \' \" \\ \/ and, as in JavaScript, \a is a.
            default: text.Append(c); break;
        }
    }

    private static int Hex(Json5Cursor cursor, int digits)
    {
        int value = 0;
        for (int i = 0; i < digits; i++)
        {
            int digit = cursor.AtEnd ? -1 : HexDigit(cursor.Current);
            if (digit < 0)
            {
                throw cursor.Error(string.Create(CultureInfo.InvariantCulture, $"expected {digits} hex digits in an escape, found {cursor.Describe()}"));
            }

            value = (value * 16) + digit;
            cursor.Advance();
        }

        return value;
    }

    internal static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
