using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenClaw.Rpc.Logging;

/// <summary>
/// The one registry of known secret values (API keys and tokens from the environment and the config, whatever the
/// variable that holds them is called). The config loaders feed it; the log, the wire and the CLI reports redact
/// with it, and children get no variable that holds one. Values shorter than 6 characters are not treated as
/// secrets: redacting them would mangle ordinary text.
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a redacted value is replaced with.</summary>
    public const string Marker = "[redacted]";

    private const int MinimumSecretLength = 6;
    private readonly List<string> _secrets = [];
    private readonly Lock _lock = new();

    // Each secret as it can appear in a frame (raw and JSON-escaped), longest first; replaced whole on Add so the
    // write path reads it without the lock.
    private volatile string[] _wireForms = [];
    private volatile byte[][] _wireBytes = [];

    /// <summary>Whether an environment variable or config key of this name holds a secret.</summary>
    public static bool IsSecretName(string name)
    {
        string upper = name.ToUpperInvariant();
        return upper.EndsWith("KEY", StringComparison.Ordinal) || upper.Contains("TOKEN", StringComparison.Ordinal)
            || upper.Contains("SECRET", StringComparison.Ordinal) || upper.Contains("PASSWORD", StringComparison.Ordinal)
            || upper.EndsWith("APIKEY", StringComparison.Ordinal);
    }

    /// <summary>Registers a value that must never be written.</summary>
    public void Add(string? secret)
    {
        if (secret is null || secret.Length < MinimumSecretLength)
        {
            return;
        }

        lock (_lock)
        {
            if (!_secrets.Contains(secret))
            {
                _secrets.Add(secret);
                _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
                string[] forms = [.. _secrets.SelectMany(WireForms).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
                _wireBytes = [.. forms.Select(Encoding.UTF8.GetBytes)];
                _wireForms = forms;
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> holds a registered secret (equal to one, or quoting one).</summary>
    public bool Reveals(string? value)
    {
        if (value is null || value.Length < MinimumSecretLength)
        {
            return false;
        }

        lock (_lock)
        {
            return _secrets.Exists(secret => value.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Returns <paramref name="text"/> with every registered secret replaced by <see cref="Marker"/>.</summary>
    public string Redact(string text)
    {
        lock (_lock)
        {
            foreach (string secret in _secrets)
            {
                text = text.Replace(secret, Marker, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>
    /// A JSON message (UTF-8) with every registered secret replaced by <see cref="Marker"/>, raw or JSON-escaped:
    /// <paramref name="json"/> itself when it holds none, which is the common case and costs one search per secret.
    /// </summary>
    public ReadOnlySpan<byte> RedactJson(ReadOnlySpan<byte> json)
    {
        byte[][] patterns = _wireBytes;
        foreach (byte[] pattern in patterns)
        {
            if (json.IndexOf(pattern) >= 0)
            {
                string text = Encoding.UTF8.GetString(json);
                foreach (string form in _wireForms)
                {
                    text = text.Replace(form, Marker, StringComparison.Ordinal);
                }

                return Encoding.UTF8.GetBytes(text);
            }
        }

        return json;
    }

    private static IEnumerable<string> WireForms(string secret) =>
    [
        secret,
        JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
        JsonEncodedText.Encode(secret, JavaScriptEncoder.Default).ToString(),
    ];
}
