using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.list: most recently updated first, the limit, bad params.</summary>
public sealed class SessionsListTests
{
    [Test]
    public async Task List_shows_the_most_recently_updated_first_and_honours_limit()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, extra: b => b.Services.AddSingleton<TimeProvider>(new SteppingTime()));
        Assert.That(JsonAssert.Result(await harness.CallAsync("sessions.list")).GetProperty("count").GetInt32(), Is.Zero, "params omitted");
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "alpha", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "beta", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "gamma", 1);
        await SessionTurns.AppendAsync(SessionTurns.Store(harness), "alpha", 2);

        JsonElement list = JsonAssert.Result(await harness.CallAsync("sessions.list", "{}", id: 2));
        Assert.That(list.GetProperty("path").GetString(), Is.EqualTo(Path.Combine(SessionTurns.SessionsDir(harness), "index.json")));
        Assert.That(list.GetProperty("count").GetInt32(), Is.EqualTo(3));
        Assert.That(Keys(list), Is.EqualTo(new[] { "alpha", "gamma", "beta" }));
        JsonElement alpha = list.GetProperty("sessions")[0];
        Assert.That(alpha.GetProperty("messageCount").GetInt32(), Is.EqualTo(4));
        Assert.That(alpha.GetProperty("lastProvider").GetString(), Is.EqualTo("openai"));
        Assert.That(alpha.GetProperty("lastModel").GetString(), Is.EqualTo("gpt-4o-mini"));
        Assert.That(alpha.GetProperty("archives").GetInt32(), Is.Zero);

        JsonElement limited = JsonAssert.Result(await harness.CallAsync("sessions.list", "{\"limit\":2}", id: 3));
        Assert.That(Keys(limited), Is.EqualTo(new[] { "alpha", "gamma" }));
        Assert.That(limited.GetProperty("count").GetInt32(), Is.EqualTo(3), "count is every session in the index");
        await harness.SendLineAsync("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"sessions.list\",\"params\":null}");
        Assert.That(JsonAssert.Result(await harness.ReadAsync()).GetProperty("count").GetInt32(), Is.EqualTo(3), "params null");
    }

    [TestCase("{\"limit\":0}", "$.limit")]
    public async Task Invalid_params_name_the_path(string parameters, string path)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        JsonElement response = await harness.CallAsync("sessions.list", parameters);
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    private static string?[] Keys(JsonElement list) => [.. list.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionKey").GetString())];
}
