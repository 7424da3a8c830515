using System.Text.Json;
using OpenClaw.Rpc.Features.Agent.Providers;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>Tool-call arguments between JSON text and the call's dictionary, both ways.</summary>
public sealed class ToolArgumentsTests
{
    [Test]
    public void Arguments_read_from_json_are_written_back_as_the_same_object()
    {
        const string Json = "{\"path\":\"/notes\",\"depth\":2,\"ratio\":0.5,\"all\":true,\"none\":null,\"tags\":[\"a\",{\"b\":1}]}";
        Dictionary<string, object?> arguments = ToolArguments.Parse(Json);
        Assert.That(arguments.Keys, Is.EqualTo(new[] { "path", "depth", "ratio", "all", "none", "tags" }));
        Assert.That(ToolArguments.Write(arguments), Is.EqualTo(Json));
    }

    [Test]
    public void Plain_values_are_written_as_json_and_blank_text_reads_as_no_arguments()
    {
        var arguments = new Dictionary<string, object?>
        {
            ["text"] = "say \"hi\"",
            ["flag"] = false,
            ["int"] = 7,
            ["long"] = long.MaxValue,
            ["double"] = 1.25,
            ["decimal"] = 2.5m,
            ["nothing"] = null,
        };
        Assert.That(ToolArguments.Write(arguments),
            Is.EqualTo("{\"text\":\"say \\u0022hi\\u0022\",\"flag\":false,\"int\":7,\"long\":9223372036854775807,\"double\":1.25,\"decimal\":2.5,\"nothing\":null}"));
        Assert.That(ToolArguments.Write(null), Is.EqualTo("{}"));
        Assert.That(ToolArguments.Parse("  "), Is.Empty);
    }

    [Test]
    public void A_value_json_cannot_hold_is_refused_with_its_name()
    {
        Assert.That(() => ToolArguments.Write(new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch }),
            Throws.ArgumentException.With.Message.Contains("tool argument when is a DateTime"));
        Assert.That(() => ToolArguments.Write(new Dictionary<string, object?> { ["x"] = double.NaN }),
            Throws.ArgumentException.With.Message.Contains("tool argument x is NaN"));
    }

    [TestCase("[1]", "not an array")]
    [TestCase("42", "not a number")]
    [TestCase("{\"a\":", "")]
    public void Text_that_is_not_an_object_is_refused(string json, string reason) =>
        Assert.That(() => ToolArguments.Parse(json), Throws.InstanceOf<JsonException>().With.Message.Contains(reason));

    [Test]
    public void A_call_with_malformed_arguments_carries_the_reason_and_no_arguments()
    {
        Microsoft.Extensions.AI.FunctionCallContent call = ToolArguments.Call("call_9", "files__read_file", "{\"name\": \"a.txt\"");
        Assert.That(call.Arguments, Is.Empty);
        Assert.That(call.Exception, Is.InstanceOf<InvalidDataException>());
        Assert.That(call.Exception!.Message, Does.StartWith("the arguments of files__read_file are not a JSON object"));
    }
}
