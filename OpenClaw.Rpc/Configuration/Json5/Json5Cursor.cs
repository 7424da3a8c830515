using System.Globalization;

namespace OpenClaw.Rpc.Configuration.Json5;

/// <summary>
/// A position in JSON5 text with its 1-based line and column: skips white space and comments and builds errors that
/// point at the current character.
/// </summary>
internal sealed class Json5Cursor(string text)
{
    private int _line = 1;
    private int _lineStart;

    public string Text { get; } = text;

    public int Position { get; private set; }

    public bool AtEnd => Position >= Text.Length;

    /// <summary>The current character, or '\0' at the end (callers check <see cref="AtEnd"/> where '\0' could be real).</summary>
    public char Current => AtEnd ? '\0' : Text[Position];

    public char Peek(int ahead) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

    /// <summary>Moves one character on, counting lines (CR LF is one line break).</summary>
    public char Advance()
    {
        char c = Text[Position++];
        if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && Current != '\n'))
        {
            _line++;
            _lineStart = Position;
        }

        return c;
    }

    /// <summary>White space and comments as JSON5 defines them (any Unicode space separator, BOM, // and /* */).</summary>
    public void SkipInsignificant()
    {
        while (!AtEnd)
        {
            char c = Current;
            if (IsWhiteSpace(c))
            {
                Advance();
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (!AtEnd && !IsLineTerminator(Current))
                {
                    Advance();
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                Json5SyntaxException unclosed = Error("a /* comment is never closed");
                Advance();
                Advance();
                while (!(Current == '*' && Peek(1) == '/'))
                {
                    if (AtEnd)
                    {
                        throw unclosed;
                    }

                    Advance();
                }

                Advance();
                Advance();
            }
            else if (c == '/')
            {
                throw Error("a single '/' (comments start with // or /*)");
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>An error at the current character.</summary>
    public Json5SyntaxException Error(string problem) => new(problem, _line, Position - _lineStart + 1);

    /// <summary>"'x'" for a visible character, a name for the others, "the end of the text" at the end.</summary>
    public string Describe() => AtEnd ? "the end of the text" : Current switch
    {
        '\n' or '\r' or '\u2028' or '\u2029' => "a line break",
        '\t' => "a tab",
        _ when char.IsControl(Current) => string.Create(CultureInfo.InvariantCulture, $"the control character U+{(int)Current:X4}"),
        _ => $"'{Current}'",
    };

    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsWhiteSpace(char c) =>
        c is '\t' or '\v' or '\f' or ' ' or '\u00A0' or '\uFEFF' || IsLineTerminator(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
}
