using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Process;

/// <summary>
/// Files a client or a flag names that are not what they claim: a FIFO (whose open would wait for a writer forever),
/// a device, a file larger than any config. The real binaries must answer at once and go on.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HostileFileProcessTests
{
    [Test]
    [Platform("Linux")]
    [CancelAfter(60_000)]
    public async Task A_fifo_given_to_transcribe_is_refused_and_the_server_goes_on_answering(CancellationToken cancellationToken)
    {
        await using var process = RuntimeProcess.Start(RuntimeTrack.Edge);
        string fifo = await Fifo.MakeAsync(Path.Combine(process.StateDir, "stream.wav"), cancellationToken);
        string transcribe = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["jsonrpc"] = "2.0",
            ["id"] = 1,
            ["method"] = "voice.transcribe",
            ["params"] = new Dictionary<string, string> { ["audioPath"] = fifo },
        });
        await process.SendAsync(transcribe, Framing.NewlineDelimited, cancellationToken);
        await process.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"health\"}", Framing.NewlineDelimited, cancellationToken);

        Dictionary<int, JsonElement> answers = [];
        for (int i = 0; i < 2; i++)
        {
            JsonElement answer = await process.ReadAsync(cancellationToken);
            answers[answer.GetProperty("id").GetInt32()] = answer;
        }

        JsonAssert.IsError(answers[1], -32602, "invalidParams");
        Assert.That(answers[1].GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo("$.audioPath"));
        Assert.That(answers[1].GetProperty("error").GetProperty("message").GetString(), Does.Contain("is a FIFO, not a regular file"));
        JsonAssert.Result(answers[2]);

        // A cancel for the answered request is ignored, the connection goes on, and end of input ends the process.
        await process.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":1}}", Framing.NewlineDelimited, cancellationToken);
        await process.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"health\"}", Framing.NewlineDelimited, cancellationToken);
        Assert.That((await process.ReadAsync(cancellationToken)).GetProperty("id").GetInt32(), Is.EqualTo(3));
        process.CloseInput();
        Assert.That(await process.WaitForExitAsync(cancellationToken: cancellationToken), Is.Zero, process.Stderr);
    }

    [TestCase("fifo", "is a FIFO, not a regular file")]
    [TestCase("/dev/zero", "is a character device, not a regular file")]
    [TestCase("huge", "holds more than 4194304 bytes")]
    [Platform("Linux")]
    [CancelAfter(120_000)]
    public async Task A_config_that_is_not_a_small_regular_file_stops_start_up_with_exit_2_and_doctor_names_it(string given, string reason,
        CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        string path = given switch
        {
            "fifo" => await Fifo.MakeAsync(dir.File("openclaw.json"), cancellationToken),
            "huge" => WriteHugeConfig(dir.File("openclaw.json")),
            _ => given,
        };

        CliRun start = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["--config", path], "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}\n",
            cancellationToken: cancellationToken);
        Assert.That(start.ExitCode, Is.EqualTo(2), start.Stderr);
        Assert.That(start.Stdout, Is.Empty);
        Assert.That(start.Stderr, Does.Contain($"{path} {reason}"));

        CliRun doctor = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["doctor", "--json", "--config", path], cancellationToken: cancellationToken);
        Assert.That(doctor.ExitCode, Is.EqualTo(1), doctor.Stderr);
        using JsonDocument report = JsonDocument.Parse(doctor.Stdout);
        JsonElement config = DoctorTests.Check(report.RootElement, "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(config.GetProperty("message").GetString(), Does.Contain($"{path} {reason}"));
    }

    /// <summary>Valid JSON just over the 4 MB bound: whitespace around an empty object, so only its size is wrong.</summary>
    private static string WriteHugeConfig(string path)
    {
        File.WriteAllText(path, new string(' ', 4 * 1024 * 1024) + "{}");
        return path;
    }
}
