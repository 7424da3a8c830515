using System.Text;

namespace OpenClaw.Tests.Support;

/// <summary>What the runtime must answer to one hostile input: nothing, a result, or errors in order.</summary>
internal sealed record Expectation(int? Code, string? Kind, string? IdJson)
{
    public static Expectation Result(string idJson) => new(null, null, idJson);

    public static Expectation Error(int code, string kind, string idJson = "null") => new(code, kind, idJson);
}

/// <summary>One malformed or hostile input, as the bytes a client of each framing would send.</summary>
internal sealed record HostileInput(string Name, byte[] Newline, byte[] ContentLength, IReadOnlyList<Expectation> Expected)
{
    public override string ToString() => Name;

    /// <summary>A JSON text sent as one line, or as one body with a correct Content-Length.</summary>
    public static HostileInput Body(string name, string body, params Expectation[] expected) =>
        Body(name, Encoding.UTF8.GetBytes(body), expected);

    public static HostileInput Body(string name, byte[] body, params Expectation[] expected) =>
        new(name, [.. body, (byte)'\n'], [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body], expected);

    /// <summary>A framing-specific input; null bytes mean the case does not apply to that framing.</summary>
    public static HostileInput Raw(string name, string? newline, string? contentLength, params Expectation[] expected) =>
        new(name, newline is null ? [] : Encoding.UTF8.GetBytes(newline), contentLength is null ? [] : Encoding.UTF8.GetBytes(contentLength), expected);
}
