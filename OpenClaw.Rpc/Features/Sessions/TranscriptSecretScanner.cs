using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Finds secret-like strings in a transcript, line by line, and reports where and of which kind, never the
/// value. Each line is searched as written and, when it is JSON, in every string it holds once decoded (message text, tool
/// arguments, tool results), so a key the JSON escaped (<c>\u002d</c>) or split across lines (<c>\n</c>) is still found. The list is short on purpose (few false alarms): <c>sk-</c> keys (OpenAI, Anthropic <c>sk-ant-</c>,
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

    /// <summary>The 1-based line numbers and kinds of the secrets found (each kind once per line).</summary>
    public static IEnumerable<(int Line, string Kind)> Scan(string path)
    {
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            string[] decoded = DecodedStrings(line);
            foreach ((string kind, Regex pattern) in Kinds)
            {
                if (pattern.IsMatch(line) || decoded.Any(pattern.IsMatch))
                {
                    yield return (number, kind);
                }
            }
        }
    }

    private static string[] DecodedStrings(string line)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            var strings = new List<string>();
            Collect(document.RootElement, strings);
            return [.. strings];
        }
        catch (JsonException)
        {
            return []; // a torn or hand-edited line: searched as written only
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Collect(property.Value, strings);
                }

                break;
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
