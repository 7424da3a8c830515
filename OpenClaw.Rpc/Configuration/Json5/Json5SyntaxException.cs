namespace OpenClaw.Rpc.Configuration.Json5;

/// <summary>The text is not JSON5: <see cref="Problem"/> says what is wrong in words, at a 1-based line and column.</summary>
internal sealed class Json5SyntaxException(string problem, int line, int column)
    : Exception($"{problem} at line {line}, column {column}")
{
    /// <summary>What is wrong, e.g. "expected ':' after the key \"voice\"".</summary>
    public string Problem { get; } = problem;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column, counted in characters.</summary>
    public int Column { get; } = column;
}
