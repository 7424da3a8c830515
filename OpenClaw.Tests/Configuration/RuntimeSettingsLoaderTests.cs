using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Configuration;

public sealed class RuntimeSettingsLoaderTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void Track_defaults_apply_without_a_config_file()
    {
        RuntimeSettings core = Load(RuntimeTrack.Core);
        RuntimeSettings edge = Load(RuntimeTrack.Edge);
        Assert.That(core.Config.Loaded, Is.False);
        Assert.That(core.ConfigPath, Is.EqualTo(_dir.File("openclaw.json")));
        Assert.That(core.Host.MaxMessageBytes, Is.EqualTo(16 * 1024 * 1024));
        Assert.That(core.Host.MaxInFlight, Is.LessThan(edge.Host.MaxInFlight));
        Assert.That(core.Sources["runtime.rpc.maxInFlight"], Is.EqualTo(ValueSource.Default));
    }

    [Test]
    public void The_upstream_config_shape_with_comments_and_trailing_commas_loads_unchanged()
    {
        File.WriteAllText(_dir.File("openclaw.json"), """
            // upstream OpenClaw config
            { "models": { "providers": {
                "local": { "baseUrl": "http://127.0.0.1:11434/v1", "api": "openai-completions", "models": [{ "id": "llama3.2" }] },
                "openai": { "baseUrl": "https://api.openai.com/v1", "apiKey": "${OPENAI_API_KEY}", "api": "openai-completions", "models": [{ "id": "gpt-4o-mini" }] },
              } },
              "agents": { "defaults": { "model": { "primary": "openai/gpt-4o-mini", "fallbacks": ["local/llama3.2"] } } },
              "messages": { "tts": { "provider": "espeak", "maxTextLength": 4096, "timeoutMs": 30000 } },
              "runtime": { "selfHealing": { "enabled": true, "maxAttempts": 2, "backoffMs": 250 }, "rpc": { "maxInFlight": 9 } }, /* trailing */
            }
            """);
        var redactor = new SecretRedactor();
        RuntimeSettings settings = Load(RuntimeTrack.Core, env: new() { ["OPENAI_API_KEY"] = "sk-from-env-123456" }, redactor: redactor);
        Assert.That(settings.Config.Loaded, Is.True);
        Assert.That(settings.Host.MaxInFlight, Is.EqualTo(9));
        Assert.That(settings.Sources["runtime.rpc.maxInFlight"], Is.EqualTo(ValueSource.File));
        Assert.That(settings.Config.GetString("models.providers.openai.apiKey"), Is.EqualTo("sk-from-env-123456"));
        Assert.That(redactor.Redact("key sk-from-env-123456 here"), Is.EqualTo("key [redacted] here"));
    }

    [Test]
    public void Precedence_is_flag_then_env_then_file_then_default()
    {
        File.WriteAllText(_dir.File("openclaw.json"), "{\"runtime\":{\"rpc\":{\"maxInFlight\":9}},\"logging\":{\"level\":\"error\"}}");
        RuntimeSettings fromEnv = Load(RuntimeTrack.Core, env: new() { ["OPENCLAW_MAX_IN_FLIGHT"] = "12", ["OPENCLAW_LOG_LEVEL"] = "warn" });
        Assert.That(fromEnv.Host.MaxInFlight, Is.EqualTo(12));
        Assert.That(fromEnv.Host.LogLevel, Is.EqualTo(LogLevel.Warn));
        RuntimeSettings fromFlag = Load(RuntimeTrack.Core, flags: new GlobalOptions { LogLevel = "debug" }, env: new() { ["OPENCLAW_LOG_LEVEL"] = "warn" });
        Assert.That(fromFlag.Host.LogLevel, Is.EqualTo(LogLevel.Debug));
        Assert.That(fromFlag.Sources["logging.level"], Is.EqualTo(ValueSource.Flag));
        RuntimeSettings fromFile = Load(RuntimeTrack.Core);
        Assert.That(fromFile.Host.LogLevel, Is.EqualTo(LogLevel.Error));
    }

    [Test]
    public void An_empty_environment_variable_counts_as_unset()
    {
        RuntimeSettings settings = Load(RuntimeTrack.Core, env: new() { ["OPENCLAW_MAX_IN_FLIGHT"] = string.Empty });
        Assert.That(settings.Sources["runtime.rpc.maxInFlight"], Is.EqualTo(ValueSource.Default));
    }

    [TestCase("{\"runtime\":{\"rpc\":{\"maxInFlight\":0}}}", "runtime.rpc.maxInFlight")]
    [TestCase("{\"runtime\":{\"rpc\":{\"maxInFlight\":\"lots\"}}}", "runtime.rpc.maxInFlight")]
    [TestCase("{\"runtime\":{\"rpc\":{\"maxMessageBytes\":10}}}", "runtime.rpc.maxMessageBytes")]
    [TestCase("{\"logging\":{\"level\":\"chatty\"}}", "logging.level")]
    [TestCase("{\"logging\":{\"level\":3}}", "logging.level")]
    [TestCase("{ \"runtime\": ", "(file)")]
    [TestCase("[1,2]", "(root)")]
    public void An_invalid_config_names_the_key(string json, string key)
    {
        File.WriteAllText(_dir.File("openclaw.json"), json);
        ConfigException error = Assert.Throws<ConfigException>(() => Load(RuntimeTrack.Core))!;
        Assert.That(error.Key, Is.EqualTo(key));
        Assert.That(error.Message, Does.StartWith($"invalid config: {key}: "));
    }

    [Test]
    public void An_explicit_config_path_that_does_not_exist_is_an_error()
    {
        ConfigException error = Assert.Throws<ConfigException>(() => Load(RuntimeTrack.Core, flags: new GlobalOptions { ConfigPath = _dir.File("missing.json") }))!;
        Assert.That(error.Reason, Does.Contain("missing.json"));
    }

    [Test]
    public void An_invalid_env_value_names_the_variable()
    {
        ConfigException error = Assert.Throws<ConfigException>(() => Load(RuntimeTrack.Core, env: new() { ["OPENCLAW_MAX_MESSAGE_BYTES"] = "12abc" }))!;
        Assert.That(error.Key, Is.EqualTo("OPENCLAW_MAX_MESSAGE_BYTES"));
    }

    [Test]
    public void Secret_values_in_the_config_are_redacted_even_when_written_inline()
    {
        File.WriteAllText(_dir.File("openclaw.json"), "{\"models\":{\"providers\":{\"x\":{\"apiKey\":\"inline-secret-value\"}}}}");
        var redactor = new SecretRedactor();
        Load(RuntimeTrack.Core, redactor: redactor);
        Assert.That(redactor.Redact("using inline-secret-value"), Is.EqualTo("using [redacted]"));
    }

    private RuntimeSettings Load(RuntimeTrack track, GlobalOptions? flags = null, Dictionary<string, string>? env = null, SecretRedactor? redactor = null) =>
        RuntimeSettingsLoader.Load(track, (flags ?? new GlobalOptions()) with { StateDir = _dir.Path },
            new DictionaryEnvironmentReader(env ?? []), redactor ?? new SecretRedactor());
}
