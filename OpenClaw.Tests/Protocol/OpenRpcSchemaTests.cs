using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Protocol;

/// <summary>
/// The validator behind the conformance tests holds values to every keyword the document uses, through its
/// <c>$ref</c>s: each case breaks one documented value by one keyword, and the unbroken value must still pass.
/// </summary>
public sealed class OpenRpcSchemaTests
{
    private static readonly OpenRpcSchemas Schemas = OpenRpcSchemas.Shipped;

    [TestCase("health", "/uptimeMs", "-1", "minimum")]
    [TestCase("health", "/status", "\"degraded\"", "enum")]
    [TestCase("tts.convert", "/format", "\"flac\"", "enum")]
    [TestCase("agent.run", "/timings/totalMs", "-3", "minimum")]
    [TestCase("agent.run", "/runtime/selfHealing/policy/maxAttempts", "7", "maximum")]
    [TestCase("agent.run", "/runtime/selfHealing/policy/attemptTimeoutMs", "99", "minimum")]
    [TestCase("agent.run", "/runtime/selfHealing/attempts/1/outcome", "\"retried\"", "enum")]
    [TestCase("agent.providers", "/selfHealing/policy/backoffMs", "5001", "maximum")]
    public void A_result_example_broken_by_one_keyword_is_refused_by_it(string method, string path, string value, string keyword)
    {
        JsonElement example = Schemas.Method(method).GetProperty("examples")[0].GetProperty("result").GetProperty("value");
        Assert.That(OpenRpcSchemas.Problems(Schemas.Result(method), example), Is.Empty, "the documented example is valid");

        string[] problems = OpenRpcSchemas.Problems(Schemas.Result(method), Replace(example, path, value));

        Assert.That(problems, Has.Some.StartsWith($"{path} {keyword}:"), string.Join("\n", problems));
    }

    [TestCase("initialize", "processId", "4242", "0", "minimum")]
    [TestCase("sessions.list", "limit", "10", "1001", "maximum")]
    [TestCase("sessions.list", "limit", "10", "0", "minimum")]
    [TestCase("sessions.history", "sessionKey", "\"main\"", "\"\"", "minLength")]
    [TestCase("sessions.delete", "sessionKey", "\"main\"", "257 characters", "maxLength")]
    [TestCase("agent.run", "timeoutMs", "300", "99", "minimum")]
    [TestCase("agent.run", "timeoutMs", "3600000", "3600001", "maximum")]
    [TestCase("tts.convert", "text", "\"Hello\"", "\"\"", "minLength")]
    [TestCase("tts.setProvider", "provider", "\"espeak\"", "\"siri\"", "enum")]
    public void A_param_outside_its_schema_is_refused_by_the_keyword_that_bounds_it(string method, string param, string good, string bad, string keyword)
    {
        JsonSchema schema = Schemas.Param(method, param);
        Assert.That(OpenRpcSchemas.Problems(schema, Parse(good)), Is.Empty, $"{good} is a valid {param}");

        string[] problems = OpenRpcSchemas.Problems(schema, Parse(bad == "257 characters" ? JsonSerializer.Serialize(new string('k', 257)) : bad));

        Assert.That(problems, Has.Some.StartsWith($"(root) {keyword}:"), string.Join("\n", problems));
    }

    [Test]
    public void An_undocumented_error_code_and_error_data_without_its_kind_are_refused()
    {
        JsonElement documented = Schemas.Document.GetProperty("components").GetProperty("errors").GetProperty("TtsFailed");
        Assert.That(OpenRpcSchemas.Problems(Schemas.Error(), documented), Is.Empty);

        string[] problems = OpenRpcSchemas.Problems(Schemas.Error(), Parse("{\"code\":-32099,\"message\":\"x\",\"data\":{\"retryable\":false}}"));

        Assert.That(problems, Has.Some.StartsWith("/code enum:"));
        Assert.That(problems, Has.Some.StartsWith("/data required:"));
    }

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonElement Replace(JsonElement example, string path, string value)
    {
        JsonNode root = JsonNode.Parse(example.GetRawText())!;
        string[] steps = path.Trim('/').Split('/');
        JsonNode parent = steps[..^1].Aggregate(root, (node, step) => int.TryParse(step, out int i) ? node[i]! : node[step]!);
        Assert.That(parent[steps[^1]], Is.Not.Null, $"{path} is in the example");
        parent[steps[^1]] = JsonNode.Parse(value);
        return Parse(root.ToJsonString());
    }
}
