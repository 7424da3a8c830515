using System.Runtime.Versioning;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>What security.audit says about the TTS area: plain http to a cloud provider, and how the offline binaries are found.</summary>
[Platform("Linux,MacOsX")]
[UnsupportedOSPlatform("windows")]
public sealed class TtsAuditRuleTests
{
    private static readonly UnixFileMode Mode777 = (UnixFileMode)Convert.ToInt32("777", 8);

    [TestCase("http://10.20.30.40/v1", true, "critical")]
    [TestCase("http://tts.example.com/v1", false, "warn")]
    [TestCase("http://127.0.0.1:8080/v1", true, null)]
    [TestCase("https://api.openai.com/v1", true, null)]
    [CancelAfter(60_000)]
    public async Task Plain_http_to_another_host_is_flagged_by_whether_a_key_would_travel(string url, bool key, string? severity, CancellationToken cancellationToken)
    {
        var environment = key ? new Dictionary<string, string> { ["OPENAI_API_KEY"] = "sk-env-key-000111222" } : null;
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, environment: environment,
            configJson: $"{{\"messages\":{{\"tts\":{{\"openai\":{{\"baseUrl\":\"{url}\"}}}}}}}}");
        JsonElement audit = JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken));
        JsonElement[] found = [.. Findings(audit).Where(f => f.GetProperty("checkId").GetString() == "transport.insecureHttp")];
        Assert.That(found.Select(f => f.GetProperty("severity").GetString()), Is.EqualTo(severity is null ? Array.Empty<string>() : new[] { severity }));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Offline_binaries_by_relative_path_through_PATH_or_in_an_open_directory_are_flagged(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, Mode777);
        string kitten = StandInBinary.Write(dir, "kittentts", "exit 0");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, kitten);
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, configJson:
            $"{{\"messages\":{{\"tts\":{{\"kittentts\":{{\"bin\":\"{relative}\"}},\"espeak\":{{\"bin\":\"sh\"}}}}}}}}");
        JsonElement[] paths = [.. Findings(JsonAssert.Result(await harness.CallAsync("security.audit", cancellationToken: cancellationToken)))
            .Where(f => f.GetProperty("checkId").GetString() == "offlineBinary.path")];
        Assert.That(paths.Select(f => f.GetProperty("title").GetString()), Is.SupersetOf(new[]
        {
            "the kittentts binary is configured by a relative path",
            "the kittentts binary lives in a directory other users can write",
            "the espeak binary is found through PATH",
        }));
    }

    private static JsonElement[] Findings(JsonElement audit) => [.. audit.GetProperty("findings").EnumerateArray()];
}
