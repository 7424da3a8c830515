using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Logging;

/// <summary>A key from the environment or the config file never comes back in an answer or in the log, even at debug level.</summary>
public sealed class SecretRedactorTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Secrets_from_env_and_config_never_appear_in_any_output(CancellationToken cancellationToken)
    {
        const string EnvSecret = "sk-env-secret-value-0001";
        const string FileSecret = "sk-file-secret-value-0002";
        string config = $"{{ \"models\": {{ \"providers\": {{ \"x\": {{ \"baseUrl\": \"https://llm.example/v1\", \"models\": [\"m\"], \"apiKey\": \"{FileSecret}\" }} }} }}, \"logging\": {{ \"level\": \"debug\" }} }}";
        var environment = new Dictionary<string, string> { ["OPENAI_API_KEY"] = EnvSecret };
        string[] methods = ["status", "health", "initialize", "rpc.discover", "agent.providers", "config.get", "doctor", "security.audit"];
        string session = string.Join("\n", methods.Select((m, i) => $"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"method\":\"{m}\"}}")) + "\n";
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: environment, configJson: config);
        await harness.SendRawAsync(Encoding.UTF8.GetBytes(session), cancellationToken);
        var answers = new StringBuilder();
        for (int i = 0; i < methods.Length; i++)
        {
            answers.Append((await harness.ReadAsync(cancellationToken)).GetRawText());
        }

        Assert.That((await harness.CloseInputAsync()).ExitCode, Is.Zero, harness.Log);
        Assert.That(answers + harness.Log, Does.Not.Contain(EnvSecret).And.Not.Contain(FileSecret));
    }

    [Test]
    public void A_key_in_a_json_message_is_redacted_whether_written_raw_or_escaped()
    {
        const string Key = "k3y+with/slashes=and<signs>";
        var secrets = new SecretRedactor();
        secrets.Add(Key);

        foreach (JavaScriptEncoder encoder in (JavaScriptEncoder[])[JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping])
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
            {
                writer.WriteStartObject();
                writer.WriteString("message", $"refused {Key}");
                writer.WriteEndObject();
            }

            byte[] json = buffer.ToArray();
            Assert.That(Encoding.UTF8.GetString(json), Does.Not.Contain("[redacted]"));
            Assert.That(Encoding.UTF8.GetString(secrets.RedactJson(json)), Is.EqualTo("{\"message\":\"refused [redacted]\"}"));
        }
    }

    [Test]
    public void A_json_message_without_a_key_passes_untouched()
    {
        var secrets = new SecretRedactor();
        secrets.Add("sk-some-registered-key");
        byte[] json = "{\"result\":\"fine\"}"u8.ToArray();

        Assert.That(secrets.RedactJson(json).ToArray(), Is.EqualTo(json));
    }
}
