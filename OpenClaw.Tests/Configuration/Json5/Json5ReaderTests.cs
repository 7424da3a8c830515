using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration.Json5;

namespace OpenClaw.Tests.Configuration.Json5;

/// <summary>JSON5 as upstream OpenClaw configs are written, read into the same JSON the config loader uses; errors in words with line and column.</summary>
public sealed class Json5ReaderTests
{
    [TestCase("{\"a\": [1, 2.5, -3e2, true, false, null, \"x\\u00e9\\n\"]}", "{\"a\":[1,2.5,-3e2,true,false,null,\"x\\u00E9\\n\"]}")]
    [TestCase("{a: 1, $b_2: 2, café: 3}", "{\"a\":1,\"$b_2\":2,\"caf\\u00E9\":3}")]
    [TestCase("{'single': 'it\\'s \"quoted\"'}", "{\"single\":\"it\\u0027s \\u0022quoted\\u0022\"}")]
    [TestCase("// leading comment\n{ /* inline */ a: 1, // trailing\n}", "{\"a\":1}")]
    [TestCase("[1, 2, ]", "[1,2]")]
    [TestCase("{a: {b: [ {c: 1,}, ],},}", "{\"a\":{\"b\":[{\"c\":1}]}}")]
    [TestCase("[0x1F, 0XFF, -0x10, 0xFFFFFFFFFFFFFFFFFF]", "[31,255,-16,4722366482869645213695]")]
    [TestCase("[+1, .5, 5., -.25, +1.5e+3]", "[1,0.5,5,-0.25,1.5e+3]")]
    [TestCase("[Infinity, -Infinity, +Infinity, NaN, -NaN]", "[\"Infinity\",\"-Infinity\",\"Infinity\",\"NaN\",\"NaN\"]")]
    [TestCase("'one \\\ntwo \\\r\nthree'", "\"one two three\"")]
    [TestCase("'\\x41\\v\\0\\a\\/'", "\"A\\u000B\\u0000a/\"")]
    [TestCase("\uFEFF\u00A0{\u2028a\u2029:\t1\v}\f", "{\"a\":1}")]
    [TestCase("{\\u0061b: 1}", "{\"ab\":1}")]
    public void Json5_is_read_as_the_json_value_it_means(string json5, string json)
    {
        using JsonDocument document = Json5Reader.Parse(json5);
        Assert.That(document.RootElement.GetRawText(), Is.EqualTo(Compact(json)));
    }

    [TestCase("{\"a\": 1", "this '{' is never closed", 1, 1)]
    [TestCase("{\n  a: 1\n  b: 2\n}", "expected ',' or '}' after the value of \"a\", found 'b'", 3, 3)]
    [TestCase("{\n  \"a\" 1}", "expected ':' after the key \"a\", found '1'", 2, 7)]
    [TestCase("{a: yes}", "expected a value, found the bare word 'yes' (put text in quotes)", 1, 5)]
    [TestCase("{a: 'one\ntwo'}", "a line break inside a string (end the line with a backslash to continue the string, or write \\n)", 1, 9)]
    [TestCase("{a: 'open}", "this string is never closed", 1, 5)]
    [TestCase("[1, 2", "this '[' is never closed", 1, 1)]
    [TestCase("[1 2]", "expected ',' or ']' after an array item, found '2'", 1, 4)]
    [TestCase("{a: 1} x", "unexpected 'x' after the value (only white space and comments may follow it)", 1, 8)]
    [TestCase("/* open", "a /* comment is never closed", 1, 1)]
    [TestCase("{a: 012}", "a number may not start with 0 (write 8, or 0x8 for hexadecimal)", 1, 5)]
    [TestCase("{a: 0x}", "expected a hex digit after 0x, found '}'", 1, 7)]
    [TestCase("{a: 12px}", "unexpected 'p' in a number", 1, 7)]
    [TestCase("{a: 1e}", "expected a digit in the exponent, found '}'", 1, 7)]
    [TestCase("{a: '\\1'}", "\\1 to \\9 are not escapes in JSON5", 1, 6)]
    [TestCase("{a: '\\u12'}", "expected 4 hex digits in an escape, found '''", 1, 10)]
    [TestCase("{1a: 1}", "expected a key (a name or a quoted string) or '}', found '1'", 1, 2)]
    [TestCase("{a: -}", "expected a digit in a number, found '}'", 1, 5)]
    [TestCase("   ", "the text is empty: expected a value", 1, 4)]
    [TestCase("{a: /x/}", "a single '/' (comments start with // or /*)", 1, 5)]
    [TestCase("{\r\n\r\n  a: ]}", "expected a value (an object, array, string, number, true, false or null), found ']'", 3, 6)]
    public void A_syntax_error_says_what_is_wrong_at_a_one_based_line_and_column(string json5, string problem, int line, int column)
    {
        var error = Assert.Throws<Json5SyntaxException>(() => Json5Reader.ToJson(json5))!;

        Assert.That((error.Problem, error.Line, error.Column), Is.EqualTo((problem, line, column)));
        Assert.That(error.Message, Is.EqualTo($"{problem} at line {line}, column {column}"));
    }

    [Test]
    public void Nesting_past_the_limit_is_an_error_not_a_stack_overflow()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);

        var error = Assert.Throws<Json5SyntaxException>(() => Json5Reader.ToJson(deep))!;

        Assert.That(error.Problem, Is.EqualTo($"nested more than {Json5Reader.MaxDepth} levels deep"));
    }

    [Test]
    public void Every_json_document_reads_unchanged()
    {
        string json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "protocol", "openclaw.openrpc.json"));

        using JsonDocument expected = JsonDocument.Parse(json);
        using JsonDocument actual = Json5Reader.Parse(json);

        Assert.That(actual.RootElement.GetRawText(), Is.EqualTo(Compact(expected.RootElement.GetRawText())));
    }

    private static string Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
