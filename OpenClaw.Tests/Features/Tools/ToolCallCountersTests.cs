using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary>runtime.metrics (edge) counts tool calls by tool and outcome, as the tool loop records them.</summary>
public sealed class ToolCallCountersTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Tool_calls_appear_in_edge_metrics_by_tool_and_outcome(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        ToolCallCounters counters = harness.Services.GetRequiredService<ToolCallCounters>();
        counters.Record("files__read_file", ToolCallStatus.Completed);
        counters.Record("files__read_file", ToolCallStatus.Completed);
        counters.Record("files__write_file", ToolCallStatus.Denied);
        counters.Record("files__read_file", ToolCallStatus.Failed);
        counters.Record("git__log", ToolCallStatus.Cancelled);

        JsonElement metrics = JsonAssert.Result(await harness.CallAsync("runtime.metrics", cancellationToken: cancellationToken));

        string[] calls = [.. metrics.GetProperty("counters").EnumerateArray().Where(c => c.GetProperty("name").GetString() == "tools.calls")
            .Select(c => $"{c.GetProperty("labels").GetProperty("tool").GetString()} {c.GetProperty("labels").GetProperty("outcome").GetString()} {c.GetProperty("value").GetInt64()}")];
        Assert.That(calls, Is.EqualTo(new[]
        {
            "files__read_file completed 2", "files__read_file failed 1", "files__write_file denied 1", "git__log cancelled 1",
        }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Before_any_call_there_is_no_tool_counter(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge);
        JsonElement metrics = JsonAssert.Result(await harness.CallAsync("runtime.metrics", cancellationToken: cancellationToken));
        Assert.That(metrics.GetProperty("counters").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Has.None.EqualTo("tools.calls"));
    }

    [Test]
    public void Names_past_the_cap_are_counted_together_so_a_model_cannot_grow_the_table()
    {
        var counters = new ToolCallCounters();
        for (int i = 0; i < ToolCallCounters.MaxTools + 10; i++)
        {
            counters.Record(string.Create(CultureInfo.InvariantCulture, $"made__up_{i:D4}"), ToolCallStatus.Denied);
        }

        counters.Record("made__up_0000", ToolCallStatus.Denied);

        Dictionary<string, long> byTool = counters.Collect().ToDictionary(c => c.Labels["tool"], c => c.Value);
        Assert.That(byTool, Has.Count.EqualTo(ToolCallCounters.MaxTools + 1));
        Assert.That(byTool["(other)"], Is.EqualTo(10));
        Assert.That(byTool["made__up_0000"], Is.EqualTo(2), "a name already counted keeps its own row");
    }

    [TestCase("ok")]
    [TestCase("pending")]
    public void An_outcome_that_is_not_a_final_status_is_a_programming_error(string outcome) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ToolCallCounters().Record("files__read_file", outcome));
}
