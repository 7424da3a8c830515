using System.Text.Json;
using System.Text.RegularExpressions;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Reads one <c>mcp.servers.&lt;name&gt;</c> entry in upstream OpenClaw's shape. Every value is checked before the
/// entry as a whole, so an error names the key that is wrong; a bad value throws <see cref="ConfigException"/>.
/// Reading starts nothing.
/// </summary>
internal static partial class McpServerEntryReader
{
    public static McpServerOptions Read(ConfigDocument config, string name)
    {
        McpServerKeys keys = ToolsConfigKeys.Server(name);
        if (!ServerName().IsMatch(name))
        {
            throw new ConfigException(keys.Entry, "a server name is 1 to 32 letters, digits, '-' or '_' (it prefixes its tools' names: <server>__<tool>)");
        }

        if (!config.TryGet(keys.Entry, out JsonElement entry) || entry.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException(keys.Entry, "must be an object (command and args, or url)");
        }

        string? command = NonEmpty(config, keys.Command);
        IReadOnlyList<string> args = config.GetStringList(keys.Args.Key) ?? [];
        Dictionary<string, string> env = Env(config, keys.Env);
        string? cwd = NonEmpty(config, keys.Cwd);
        string? workingDirectory = NonEmpty(config, keys.WorkingDirectory);
        bool enabled = config.GetBool(keys.Enabled.Key) ?? true;
        int? timeout = config.GetInt(keys.Timeout.Key, McpServerOptions.MinTimeoutSeconds, McpServerOptions.MaxTimeoutSeconds);
        int? connectTimeout = config.GetInt(keys.ConnectTimeout.Key, McpServerOptions.MinTimeoutSeconds, McpServerOptions.MaxTimeoutSeconds);
        IReadOnlyList<string> include = ToolGlobs.Read(config, keys.Include);
        IReadOnlyList<string> exclude = ToolGlobs.Read(config, keys.Exclude);
        string? url = Url(config, keys.Url);
        McpTransport? transport = Transport(config, keys.Transport);
        Dictionary<string, string> headers = Headers(config, keys.Headers);

        return new McpServerOptions
        {
            Name = name,
            Command = command,
            Args = args,
            Env = env,
            Cwd = cwd ?? workingDirectory,
            Enabled = enabled,
            TimeoutSeconds = timeout ?? connectTimeout ?? McpServerOptions.DefaultTimeoutSeconds,
            Include = include,
            Exclude = exclude,
            Url = url,
            Transport = Resolve(keys, command, url, transport),
            Headers = headers,
        };
    }

    /// <summary>stdio for a command, an HTTP transport for a url (Streamable HTTP unless <c>transport</c> says sse).</summary>
    private static McpTransport Resolve(McpServerKeys keys, string? command, string? url, McpTransport? transport)
    {
        if (command is not null && url is not null)
        {
            throw new ConfigException(keys.Entry, "has both command (a stdio server) and url (an HTTP server); keep one");
        }

        if (command is null && url is null)
        {
            throw new ConfigException(keys.Entry, "needs command (a stdio server) or url (an HTTP server)");
        }

        McpTransport chosen = transport ?? (command is not null ? McpTransport.Stdio : McpTransport.StreamableHttp);
        return (chosen == McpTransport.Stdio) == (command is not null)
            ? chosen
            : throw new ConfigException(keys.Transport.Key, chosen == McpTransport.Stdio ? "is stdio, which needs command, not url" : $"is {McpTransports.Name(chosen)}, which needs url, not command");
    }

    private static string? NonEmpty(ConfigDocument config, ConfigKey key) => config.GetString(key.Key) switch
    {
        null => null,
        { } text when text.Trim().Length > 0 => text.Trim(),
        _ => throw new ConfigException(key.Key, "must not be empty"),
    };

    private static Dictionary<string, string> Env(ConfigDocument config, ConfigKey key)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string variable, string value) in config.GetStringMap(key.Key) ?? [])
        {
            string path = $"{key.Key}.{variable}";
            if (variable.Length == 0 || variable.Contains('=', StringComparison.Ordinal) || variable.Contains('\0', StringComparison.Ordinal))
            {
                throw new ConfigException(path, "is not a valid environment variable name");
            }

            env[variable] = InterpreterStartupVariables.IsRefused(variable) ? throw new ConfigException(path, InterpreterStartupVariables.Reason)
                : value.Contains('\0', StringComparison.Ordinal) ? throw new ConfigException(path, "must not contain a NUL character")
                : value;
        }

        return env;
    }

    private static Dictionary<string, string> Headers(ConfigDocument config, ConfigKey key)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string header, string value) in config.GetStringMap(key.Key) ?? [])
        {
            string path = $"{key.Key}.{header}";
            headers[header] = !HeaderName().IsMatch(header) ? throw new ConfigException(path, "is not a valid HTTP header name")
                : value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0 ? throw new ConfigException(path, "must not contain a line break or NUL (it would start another header)")
                : value;
        }

        return headers;
    }

    private static string? Url(ConfigDocument config, ConfigKey key)
    {
        string? url = NonEmpty(config, key);
        if (url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw new ConfigException(key.Key, "must be an absolute http or https URL");
        }

        return parsed.UserInfo.Length == 0 ? url : throw new ConfigException(key.Key, "must not carry credentials (user:password@); use headers");
    }

    private static McpTransport? Transport(ConfigDocument config, ConfigKey key) => config.GetString(key.Key) is not { } text ? null
        : McpTransports.Parse(text.Trim().ToLowerInvariant()) ?? throw new ConfigException(key.Key, $"must be one of {string.Join(", ", McpTransports.All)} (got '{text}')");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex ServerName();

    /// <summary>An RFC 9110 token.</summary>
    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]
    private static partial Regex HeaderName();
}
