using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Tests.Configuration;

/// <summary>The config file as areas read it: typed getters that name the key, ${VAR}, lenient syntax, and the secrets in it.</summary>
public sealed class ConfigDocumentTests
{
    private static readonly DictionaryEnvironmentReader Environment = new(new Dictionary<string, string>
    {
        ["OPENAI_API_KEY"] = "sk-from-the-environment-0001",
        ["HOST"] = "llm.internal",
        ["EMPTY"] = string.Empty,
    });

    [Test]
    public void Typed_getters_read_nested_keys_and_absent_or_null_keys_are_null()
    {
        ConfigDocument config = Parse("{\"runtime\":{\"rpc\":{\"maxInFlight\":8,\"trace\":true,\"name\":\"x\",\"gone\":null}}}");

        Assert.That(config.GetInt("runtime.rpc.maxInFlight", 1, 64), Is.EqualTo(8));
        Assert.That(config.GetBool("runtime.rpc.trace"), Is.True);
        Assert.That(config.GetString("runtime.rpc.name"), Is.EqualTo("x"));
        Assert.That(config.GetInt("runtime.rpc.gone", 1, 64), Is.Null, "null counts as absent");
        Assert.That(config.GetString("runtime.rpc.missing"), Is.Null);
        Assert.That(config.GetBool("runtime.rpc.maxInFlight.deeper"), Is.Null, "a path through a number finds nothing");
        Assert.That(config.Loaded, Is.True);
    }

    [TestCase("65", "must be an integer from 1 to 64 (got 65)")]
    [TestCase("0", "must be an integer from 1 to 64 (got 0)")]
    [TestCase("2.5", "must be an integer from 1 to 64 (got 2.5)")]
    [TestCase("\"8\"", "must be an integer from 1 to 64 (got a string)")]
    [TestCase("[8]", "must be an integer from 1 to 64 (got an array)")]
    [TestCase("99999999999", "must be an integer from 1 to 64 (got 99999999999)")]
    public void A_bad_integer_is_refused_naming_the_key_the_range_and_what_was_found(string value, string reason)
    {
        ConfigDocument config = Parse($"{{\"runtime\":{{\"rpc\":{{\"maxInFlight\":{value}}}}}}}");

        var error = Assert.Throws<ConfigException>(() => config.GetInt("runtime.rpc.maxInFlight", 1, 64));

        Assert.That(error!.Key, Is.EqualTo("runtime.rpc.maxInFlight"));
        Assert.That(error.Reason, Is.EqualTo(reason));
        Assert.That(error.Message, Is.EqualTo($"invalid config: runtime.rpc.maxInFlight: {reason}"));
    }

    [Test]
    public void A_bad_boolean_or_string_is_refused_naming_the_key()
    {
        ConfigDocument config = Parse("{\"logging\":{\"debug\":\"yes\",\"level\":3}}");

        Assert.That(Assert.Throws<ConfigException>(() => config.GetBool("logging.debug"))!.Message,
            Is.EqualTo("invalid config: logging.debug: must be true or false (got a string)"));
        Assert.That(Assert.Throws<ConfigException>(() => config.GetString("logging.level"))!.Message,
            Is.EqualTo("invalid config: logging.level: must be a string (got 3)"));
    }

    [TestCase("${OPENAI_API_KEY}", "sk-from-the-environment-0001")]
    [TestCase("https://${HOST}:8080/${HOST}/v1", "https://llm.internal:8080/llm.internal/v1")]
    [TestCase("[${UNSET_VARIABLE}]", "[]")]
    [TestCase("[${EMPTY}]", "[]")]
    [TestCase("$HOST and ${HOST", "$HOST and ${HOST")]
    [TestCase("no variables", "no variables")]
    public void Variables_in_strings_are_expanded_from_the_environment(string text, string expanded)
    {
        ConfigDocument config = Parse($"{{\"models\":{{\"baseUrl\":\"{text}\"}}}}");

        Assert.That(config.GetString("models.baseUrl"), Is.EqualTo(expanded));
    }

    [Test]
    public void Comments_and_trailing_commas_are_accepted()
    {
        ConfigDocument config = Parse("""
            // written by hand
            {
              "messages": {
                "tts": { "provider": "espeak", /* offline */ "timeoutMs": 5000, },
              },
            }
            """);

        Assert.That(config.GetString("messages.tts.provider"), Is.EqualTo("espeak"));
        Assert.That(config.GetInt("messages.tts.timeoutMs", 100, 600_000), Is.EqualTo(5000));
    }

    [TestCase("[]")]
    [TestCase("\"openclaw\"")]
    [TestCase("null")]
    public void A_root_that_is_not_an_object_is_refused(string json)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(json));

        Assert.That(error!.Key, Is.EqualTo("(root)"));
        Assert.That(error.Reason, Is.EqualTo("the config must be a JSON object"));
    }

    [TestCase("{\n  \"a\": 1,\n  \"b\": }", "not valid JSON5: expected a value (an object, array, string, number, true, false or null), found '}' at line 3, column 8")]
    [TestCase("{\"a\": 1", "not valid JSON5: this '{' is never closed at line 1, column 1")]
    [TestCase("", "not valid JSON5: the text is empty: expected a value at line 1, column 1")]
    [TestCase("{\n  voice: 'x'\n  model: 'y'\n}", "not valid JSON5: expected ',' or '}' after the value of \"voice\", found 'm' at line 3, column 3")]
    public void A_syntax_error_says_what_is_wrong_at_its_line_and_column(string json, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(json));

        Assert.That(error!.Key, Is.EqualTo("(file)"));
        Assert.That(error.Reason, Is.EqualTo(reason));
    }

    [Test]
    public void Secret_values_are_every_expanded_string_under_a_secret_named_key_at_any_depth()
    {
        ConfigDocument config = Parse("""
            {
              "models": { "providers": { "openai": { "apiKey": "${OPENAI_API_KEY}", "baseUrl": "https://${HOST}" },
                                         "local": { "api_key": "sk-literal-0002", "headers": [{ "token": "tok-0003" }] } } },
              "gateway": { "auth": { "password": "hunter2-0004", "passwordHint": 7 } },
              "messages": { "tts": { "elevenlabs": { "voiceId": "not-a-secret" } } }
            }
            """);

        Assert.That(config.SecretValues(), Is.EquivalentTo(new[] { "sk-from-the-environment-0001", "sk-literal-0002", "tok-0003", "hunter2-0004" }));
    }

    [Test]
    public void An_empty_document_has_no_keys_and_no_secrets()
    {
        ConfigDocument config = ConfigDocument.Empty(Environment);

        Assert.That(config.Loaded, Is.False);
        Assert.That(config.GetInt("runtime.rpc.maxInFlight", 1, 64), Is.Null);
        Assert.That(config.SecretValues(), Is.Empty);
    }

    private static ConfigDocument Parse(string json) => ConfigDocument.Parse(json, Environment);
}
