using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// Durability under <c>kill -9</c>: the real binary is killed at seeded random moments while streamed and plain runs on one
/// session are in flight, and restarted each time. Afterwards the session holds every turn whose answer the client got,
/// each exactly once, whole (question then answer), and no turn that was never sent. A turn whose answer was lost with
/// the process may be there (it was written just before the kill), once and whole.
/// </summary>
public sealed class SessionKillLoopTests
{
    private const int Kills = 24;
    private const int RunsPerProcess = 4;
    private const string PlainAnswer = "plain answer";
    private static readonly string[] StreamedPieces = ["streamed ", "answer ", "in ", "pieces"];

    [Test]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task After_repeated_kill_9_every_answered_turn_is_stored_once_and_nothing_else(CancellationToken cancellationToken)
    {
        var random = new Random(20261202);
        await using var server = new FakeLlmServer()
            .Always("a", LlmReply.OpenAiText(PlainAnswer))
            .Always("b", LlmReply.OpenAiStream(StreamedPieces, chunkDelayMs: 5));
        using var shared = new TempDirectory();
        string config = shared.File("openclaw.json");
        File.WriteAllText(config, AgentConfig.For(server));
        var environment = new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config };
        string[] args = ["--state-dir", Path.Combine(shared.Path, "state")];
        var sent = new HashSet<string>();
        var answered = new HashSet<string>();
        int call = 0;

        for (int kill = 0; kill < Kills; kill++)
        {
            await using var runtime = RuntimeProcess.Start(RuntimeTrack.Core, args, environment);
            var messages = new Dictionary<int, string>();
            for (int run = 0; run < RunsPerProcess; run++)
            {
                call++;
                messages[call] = $"m{call}";
                sent.Add(messages[call]);
                await runtime.SendAsync(RunRequest(call), Framing.NewlineDelimited, cancellationToken);
            }

            var firstFrame = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task reading = CollectAnswersAsync(runtime, messages, answered, firstFrame, cancellationToken);
            // The random moment: mostly after the runtime has started answering (so kills land inside runs, appends and
            // answers), sometimes while it is still starting up or reading its first request.
            if (random.Next(4) > 0)
            {
                await Task.WhenAny(firstFrame.Task, reading).WaitAsync(cancellationToken);
            }

            await Task.Delay(random.Next(0, 120), cancellationToken);
            using (var victim = System.Diagnostics.Process.GetProcessById(runtime.Id))
            {
                victim.Kill();
            }

            await runtime.WaitForExitAsync(cancellationToken: cancellationToken);
            await reading.WaitAsync(cancellationToken);
        }

        await using var last = RuntimeProcess.Start(RuntimeTrack.Core, args, environment);
        await last.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sessions.history\",\"params\":{\"sessionKey\":\"loop\",\"limit\":1000}}",
            Framing.NewlineDelimited, cancellationToken);
        JsonElement history = JsonAssert.Result(await last.ReadAsync(cancellationToken));
        (string Role, string Text)[] stored = [.. history.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("text").GetString()!))];
        await last.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"sessions.list\"}", Framing.NewlineDelimited, cancellationToken);
        JsonElement list = JsonAssert.Result(await last.ReadAsync(cancellationToken));

        TestContext.Out.WriteLine($"{Kills} kills, {sent.Count} runs sent, {answered.Count} answered, {stored.Length / 2} turns stored");
        Assert.That(stored.Length % 2, Is.Zero, "whole turns only");
        string[] questions = [.. stored.Where((_, i) => i % 2 == 0).Select(m => m.Text)];
        for (int i = 0; i < stored.Length; i += 2)
        {
            Assert.That(stored[i].Role, Is.EqualTo("user"), $"message {i} starts a turn");
            Assert.That(stored[i + 1].Role, Is.EqualTo("assistant"), $"{stored[i].Text} is followed by its answer");
            Assert.That(stored[i + 1].Text, Is.EqualTo(IsStreamed(int.Parse(stored[i].Text[1..])) ? string.Concat(StreamedPieces) : PlainAnswer),
                $"{stored[i].Text} has its own answer");
        }

        Assert.That(questions, Is.Unique, "no turn is stored twice");
        Assert.That(answered, Is.SubsetOf(questions), "every answered turn is stored");
        Assert.That(questions, Is.SubsetOf(sent), "nothing that was never sent");
        Assert.That(answered, Is.Not.Empty, "some runs were answered between kills");
        Assert.That(list.GetProperty("sessions")[0].GetProperty("messageCount").GetInt32(), Is.EqualTo(stored.Length),
            "sessions.list counts what the transcript holds");
    }

    private static bool IsStreamed(int call) => call % 2 == 0;

    private static string RunRequest(int call) => IsStreamed(call)
        ? $"{{\"jsonrpc\":\"2.0\",\"id\":{call},\"method\":\"agent.run\",\"params\":{{\"message\":\"m{call}\",\"sessionKey\":\"loop\",\"provider\":\"b\",\"progressToken\":\"p{call}\"}}}}"
        : $"{{\"jsonrpc\":\"2.0\",\"id\":{call},\"method\":\"agent.run\",\"params\":{{\"message\":\"m{call}\",\"sessionKey\":\"loop\"}}}}";

    /// <summary>Reads until the killed process's stdout ends, recording each run that was answered with a result.</summary>
    private static async Task CollectAnswersAsync(RuntimeProcess runtime, Dictionary<int, string> messages, HashSet<string> answered,
        TaskCompletionSource firstFrame, CancellationToken cancellationToken)
    {
        while (await runtime.ReadOrEndAsync(cancellationToken) is { } frame)
        {
            firstFrame.TrySetResult();
            if (frame.TryGetProperty("id", out JsonElement id) && messages.TryGetValue(id.GetInt32(), out string? message))
            {
                Assert.That(frame.TryGetProperty("result", out _), Is.True, $"{message} failed: {frame}");
                answered.Add(message);
            }
        }
    }
}
