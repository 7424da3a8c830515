using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Reads the <c>mcpServers</c> of <c>session/new</c> and <c>session/load</c>: stdio servers
/// (<c>{name, command, args, env: [{name, value}]}</c>) only, since this agent advertises no HTTP or SSE. A name is
/// made a valid tool-name prefix (characters other than letters, digits, <c>_</c> and <c>-</c> become <c>_</c>, at
/// most 32); interpreter start-up variables in <c>env</c> are refused as they are in the config.
/// </summary>
internal static class AcpMcpServerParams
{
    public const int MaxServers = 32;

    public static IReadOnlyList<McpServerOptions> Read(IReadOnlyList<JsonElement>? servers, string sessionId)
    {
        if (servers is not { Count: > 0 })
        {
            return [];
        }

        if (servers.Count > MaxServers)
        {
            throw RpcException.InvalidParams("$.mcpServers", $"at most {MaxServers} MCP servers per session");
        }

        var read = new List<McpServerOptions>(servers.Count);
        for (int i = 0; i < servers.Count; i++)
        {
            McpServerOptions server = ReadOne(servers[i], $"$.mcpServers[{i}]", sessionId);
            if (read.Any(s => s.Name == server.Name))
            {
                throw RpcException.InvalidParams($"$.mcpServers[{i}].name", $"two servers are named {server.Name}");
            }

            read.Add(server);
        }

        return read;
    }

    private static McpServerOptions ReadOne(JsonElement server, string path, string sessionId)
    {
        if (server.ValueKind != JsonValueKind.Object)
        {
            throw RpcException.InvalidParams(path, "an MCP server must be an object");
        }

        if (server.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() != "stdio")
        {
            throw RpcException.InvalidParams($"{path}.type", "only stdio MCP servers are supported (mcpCapabilities.http and sse are false)");
        }

        string name = Name(RequireString(server, "name", path), $"{path}.name");
        string command = RequireString(server, "command", path);
        return new McpServerOptions
        {
            Name = name,
            Scope = sessionId,
            Command = command,
            Args = Strings(server, "args", path),
            Env = Env(server, path),
        };
    }

    private static string Name(string given, string path)
    {
        var name = new StringBuilder(Math.Min(given.Length, 32));
        foreach (char c in given.Take(32))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return name.Length > 0 ? name.ToString() : throw RpcException.InvalidParams(path, "name must not be empty");
    }

    private static string RequireString(JsonElement server, string property, string path) =>
        server.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            && text.IndexOf('\0', StringComparison.Ordinal) < 0
            ? text
            : throw RpcException.InvalidParams($"{path}.{property}", $"{property} must be a non-empty string");

    private static string[] Strings(JsonElement server, string property, string path)
    {
        if (!server.TryGetProperty(property, out JsonElement values) || values.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (values.ValueKind != JsonValueKind.Array || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw RpcException.InvalidParams($"{path}.{property}", $"{property} must be an array of strings");
        }

        return [.. values.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static Dictionary<string, string> Env(JsonElement server, string path)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!server.TryGetProperty("env", out JsonElement entries) || entries.ValueKind == JsonValueKind.Null)
        {
            return env;
        }

        if (entries.ValueKind != JsonValueKind.Array)
        {
            throw RpcException.InvalidParams($"{path}.env", "env must be an array of {name, value}");
        }

        int i = 0;
        foreach (JsonElement entry in entries.EnumerateArray())
        {
            string at = $"{path}.env[{i++}]";
            string name = entry.ValueKind == JsonValueKind.Object ? RequireString(entry, "name", at) : throw RpcException.InvalidParams(at, "an env entry must be {name, value}");
            if (!entry.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.String)
            {
                throw RpcException.InvalidParams($"{at}.value", "value must be a string");
            }

            if (InterpreterStartupVariables.IsRefused(name))
            {
                throw RpcException.InvalidParams($"{at}.name", $"{name} is refused: it changes how an interpreter starts");
            }

            env[name] = value.GetString()!;
        }

        return env;
    }
}
