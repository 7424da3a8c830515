using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Validates the session key a client names: what keys a conversation in the index and in transcript headers.</summary>
internal static class SessionKey
{
    /// <summary>The longest key accepted, after trimming.</summary>
    public const int MaxLength = 256;

    /// <summary>The key trimmed; missing, blank, too long or holding control characters is invalid params at <paramref name="path"/>.</summary>
    public static string Require(string? value, string path)
    {
        string key = value?.Trim() ?? string.Empty;
        if (key.Length == 0)
        {
            throw RpcException.InvalidParams(path, "sessionKey is required (a non-empty string)");
        }

        if (key.Length > MaxLength)
        {
            throw RpcException.InvalidParams(path, $"sessionKey is longer than {MaxLength} characters");
        }

        return key.Any(char.IsControl)
            ? throw RpcException.InvalidParams(path, "sessionKey must not contain control characters")
            : key;
    }
}
