using System.Collections.Concurrent;
using System.Text.Json;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Plays a seeded fuzz session: batches of random frames, each followed by a health probe that must be answered with a
/// result, while every frame the runtime writes is collected and checked to be a well-formed JSON-RPC answer.
/// </summary>
internal static class FuzzRun
{
    public const int MaxMessageBytes = 65536;
    private const int Batch = 50;

    public static async Task<IReadOnlyList<JsonElement>> PlayAsync(IRawConnection connection, int seed, Framing framing, int frames,
        CancellationToken cancellationToken)
    {
        var fuzzer = new FrameFuzzer(seed, framing, MaxMessageBytes);
        var answers = new ConcurrentQueue<JsonElement>();
        var probes = new ConcurrentDictionary<string, TaskCompletionSource<JsonElement>>(StringComparer.Ordinal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task reading = ReadAllAsync(connection, answers, probes, stop.Token);
        for (int sent = 0, batch = 0; sent < frames; batch++)
        {
            for (int i = 0; i < Batch && sent < frames; i++, sent++)
            {
                await connection.SendRawAsync(fuzzer.Next(), cancellationToken);
            }

            string id = $"probe-{batch}";
            TaskCompletionSource<JsonElement> answered = probes.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
            await connection.SendRawAsync(FrameFuzzer.Probe(id, framing), cancellationToken);
            JsonElement answer = await answered.Task.WaitAsync(cancellationToken);
            Assert.That(answer.TryGetProperty("result", out _), Is.True, $"seed {seed}, {framing}: the probe after frame {sent} was not served: {answer}");
        }

        await stop.CancelAsync();
        await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (JsonElement answer in answers)
        {
            AssertWellFormed(answer, seed, framing);
        }

        return [.. answers];
    }

    private static async Task ReadAllAsync(IRawConnection connection, ConcurrentQueue<JsonElement> answers,
        ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> probes, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            JsonElement answer = await connection.ReadAsync(cancellationToken);
            answers.Enqueue(answer);
            if (answer.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } key
                && key.StartsWith("probe-", StringComparison.Ordinal))
            {
                probes.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(answer);
            }
        }
    }

    private static void AssertWellFormed(JsonElement answer, int seed, Framing framing)
    {
        string where = $"seed {seed}, {framing}: {answer}";
        Assert.That(answer.ValueKind, Is.EqualTo(JsonValueKind.Object), where);
        Assert.That(answer.GetProperty("jsonrpc").GetString(), Is.EqualTo("2.0"), where);
        Assert.That(answer.TryGetProperty("id", out _), Is.True, $"only answers are expected, no notification: {where}");
        bool result = answer.TryGetProperty("result", out _);
        bool error = answer.TryGetProperty("error", out JsonElement detail);
        Assert.That(result ^ error, Is.True, $"exactly one of result and error: {where}");
        if (error)
        {
            Assert.That(detail.GetProperty("code").ValueKind, Is.EqualTo(JsonValueKind.Number), where);
            Assert.That(detail.GetProperty("message").GetString(), Is.Not.Empty, where);
            Assert.That(detail.GetProperty("data").GetProperty("kind").GetString(), Is.Not.Empty, where);
            Assert.That(answer.GetRawText(), Does.Not.Contain("   at ").And.Not.Contain("Exception"), $"internals leaked: {where}");
        }
    }
}
