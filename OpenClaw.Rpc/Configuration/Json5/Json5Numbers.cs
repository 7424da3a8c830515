using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Configuration.Json5;

/// <summary>
/// JSON5 numbers, written as JSON numbers: a leading '+' is dropped, ".5" and "5." become 0.5 and 5, hexadecimal becomes
/// decimal; a signed Infinity or NaN becomes a string as in <see cref="Json5Reader"/>.
/// </summary>
internal static class Json5Numbers
{
    public static void Write(Json5Cursor cursor, Utf8JsonWriter writer)
    {
        Json5SyntaxException start = cursor.Error("not a number");
        bool negative = false;
        if (cursor.Current is '+' or '-')
        {
            negative = cursor.Advance() == '-';
        }

        if (cursor.Current is 'I' or 'N')
        {
            string word = Json5Strings.ReadIdentifier(cursor);
            writer.WriteStringValue(word switch
            {
                "Infinity" => negative ? "-Infinity" : "Infinity",
                "NaN" => "NaN",
                _ => throw new Json5SyntaxException($"expected a number after the sign, found '{word}'", start.Line, start.Column),
            });
            return;
        }

        if (cursor.Current == '0' && cursor.Peek(1) is 'x' or 'X')
        {
            cursor.Advance();
            cursor.Advance();
            writer.WriteRawValue((negative ? "-" : string.Empty) + ReadHex(cursor).ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
            RequireEnd(cursor);
            return;
        }

        var number = new StringBuilder(negative ? "-" : string.Empty);
        int integerDigits = Digits(cursor, number);
        if (integerDigits > 1 && number[negative ? 1 : 0] == '0')
        {
            throw new Json5SyntaxException("a number may not start with 0 (write 8, or 0x8 for hexadecimal)", start.Line, start.Column);
        }

        int fractionDigits = 0;
        if (cursor.Current == '.')
        {
            cursor.Advance();
            var fraction = new StringBuilder();
            fractionDigits = Digits(cursor, fraction);
            if (fractionDigits > 0)
            {
                number.Append(integerDigits == 0 ? "0." : ".").Append(fraction);
            }
        }

        if (integerDigits + fractionDigits == 0)
        {
            throw new Json5SyntaxException($"expected a digit in a number, found {cursor.Describe()}", start.Line, start.Column);
        }

        if (cursor.Current is 'e' or 'E')
        {
            number.Append(cursor.Advance());
            if (cursor.Current is '+' or '-')
            {
                number.Append(cursor.Advance());
            }

            if (Digits(cursor, number) == 0)
            {
                throw cursor.Error($"expected a digit in the exponent, found {cursor.Describe()}");
            }
        }

        RequireEnd(cursor);
        writer.WriteRawValue(number.ToString(), skipInputValidation: true);
    }

    private static int Digits(Json5Cursor cursor, StringBuilder into)
    {
        int count = 0;
        while (cursor.Current is >= '0' and <= '9')
        {
            into.Append(cursor.Advance());
            count++;
        }

        return count;
    }

    private static BigInteger ReadHex(Json5Cursor cursor)
    {
        BigInteger value = BigInteger.Zero;
        int count = 0;
        while (!cursor.AtEnd && Json5Strings.HexDigit(cursor.Current) is >= 0 and var digit)
        {
            value = (value * 16) + digit;
            cursor.Advance();
            count++;
        }

        return count > 0 ? value : throw cursor.Error($"expected a hex digit after 0x, found {cursor.Describe()}");
    }

    /// <summary>A number ends at punctuation, white space or a comment, never inside a word ("12px").</summary>
    private static void RequireEnd(Json5Cursor cursor)
    {
        if (!cursor.AtEnd && (char.IsLetterOrDigit(cursor.Current) || cursor.Current is '_' or '$' or '.'))
        {
            throw cursor.Error($"unexpected {cursor.Describe()} in a number");
        }
    }
}
