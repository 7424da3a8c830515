using System.Text.RegularExpressions;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Finds secret-like strings in a transcript, line by line, and reports where and of which kind, never the
/// value. The list is short on purpose (few false alarms): <c>sk-</c> keys (OpenAI, Anthropic <c>sk-ant-</c>,
/// OpenRouter <c>sk-or-</c>), AWS access key ids (<c>AKIA</c>), GitHub tokens (<c>ghp_</c>) and PEM private keys.
/// </summary>
internal static partial class TranscriptSecretScanner
{
    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("an Anthropic API key", AnthropicKey()),
        ("an OpenRouter API key", OpenRouterKey()),
        ("an OpenAI-style API key", GenericSkKey()),
        ("an AWS access key id", AwsAccessKeyId()),
        ("a GitHub token", GitHubToken()),
        ("a private key", PrivateKey()),
    ];

    /// <summary>The 1-based line numbers and kinds of the secrets found.</summary>
    public static IEnumerable<(int Line, string Kind)> Scan(string path)
    {
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            foreach ((string kind, Regex pattern) in Kinds)
            {
                if (pattern.IsMatch(line))
                {
                    yield return (number, kind);
                }
            }
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{16,}")]
    private static partial Regex AnthropicKey();

    [GeneratedRegex("(?<![A-Za-z0-9])sk-or-[A-Za-z0-9_-]{16,}")]
    private static partial Regex OpenRouterKey();

    [GeneratedRegex("(?<![A-Za-z0-9])sk-(?!ant-|or-)[A-Za-z0-9_-]{16,}")]
    private static partial Regex GenericSkKey();

    [GeneratedRegex("(?<![A-Za-z0-9])AKIA[0-9A-Z]{16}(?![0-9A-Z])")]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex("(?<![A-Za-z0-9])ghp_[A-Za-z0-9]{36}")]
    private static partial Regex GitHubToken();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
