using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>The transcript secret scan covers tool-call arguments and tool results, also where the JSON escaped the key.</summary>
public sealed class TranscriptSecretScannerTests
{
    private const string AwsKeyId = "AKIAZQ8VN2MK5XR7TY1W";
    private const string GitHubToken = "ghp_Zq8vN2mK5xR7tY1wE4uI9oP3aS6dF0gHjK2l";

    [Test]
    public async Task Keys_in_tool_arguments_and_tool_results_are_found_by_line_and_kind()
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core);
        TranscriptMessage[] turn = ToolTurns.TwoCalls(1, result: $"token = {GitHubToken}");
        turn[1] = turn[1] with { ToolCalls = [ToolTurns.Call("c1a", "aws__get_caller_identity", $"{{\"accessKeyId\":\"{AwsKeyId}\"}}"), turn[1].ToolCalls![1]] };
        string id = await SessionTurns.Store(harness).AppendTurnAsync("main", turn, CancellationToken.None);
        string transcript = Path.Combine(SessionTurns.SessionsDir(harness), id + ".jsonl");

        Assert.That(TranscriptSecretScanner.Scan(transcript), Is.EquivalentTo(new[] { (3, "an AWS access key id"), (5, "a GitHub token") }),
            "line 1 is the header, 2 the question, 3 the calls, 4 the denied result, 5 the completed one");
    }

    [Test]
    public void A_key_the_JSON_escaped_or_split_across_lines_is_still_found_and_a_torn_line_is_searched_as_written()
    {
        using var directory = new TempDirectory();
        string transcript = directory.File("t.jsonl");
        File.WriteAllLines(transcript,
        [
            "{\"type\":\"message\",\"role\":\"tool\",\"text\":\"sk\\u002dant-Zq8vN2mK5xR7tY1wE4uI9oP3\",\"ts\":\"2025-05-01T09:31:00.000Z\"}",
            "{\"type\":\"message\",\"role\":\"assistant\",\"toolCalls\":[{\"id\":\"c1\",\"tool\":\"x__y\",\"arguments\":{\"pem\":\"-----BEGIN RSA PRIV\\u0041TE KEY-----\\nMIIE\"}}]}",
            "{\"type\":\"message\",\"role\":\"tool\",\"text\":\"ghp_Zq8vN2mK5xR7tY1wE4uI9oP3aS6dF0gHjK2l and then the wri",
            "{\"type\":\"message\",\"role\":\"tool\",\"text\":\"nothing to see\",\"ts\":\"2025-05-01T09:31:00.000Z\"}",
        ]);

        Assert.That(TranscriptSecretScanner.Scan(transcript), Is.EquivalentTo(new[] { (1, "an Anthropic API key"), (2, "a private key"), (3, "a GitHub token") }));
    }
}
