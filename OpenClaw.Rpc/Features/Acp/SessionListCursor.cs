using System.Buffers.Text;
using System.Text;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Where a <c>session/list</c> page ended: the last session's update time and key, so the next page starts after it
/// even when sessions were added or updated in between. Opaque to clients (base64url).
/// </summary>
internal sealed record SessionListCursor(string UpdatedAt, string SessionKey)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{UpdatedAt}\n{SessionKey}"));

    public static SessionListCursor? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            string[] parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            if (parts is [{ Length: > 0 } updatedAt, { Length: > 0 } key])
            {
                return new SessionListCursor(updatedAt, key);
            }
        }
        catch (FormatException)
        {
            // Falls through to the same answer as a well-formed cursor this runtime never made.
        }

        throw RpcException.InvalidParams("$.cursor", "cursor is not one this runtime returned; start again without it");
    }

    /// <summary>Whether a session sorts after this cursor (newest first, then by key).</summary>
    public bool Precedes(string updatedAt, string sessionKey)
    {
        int byTime = string.CompareOrdinal(updatedAt, UpdatedAt);
        return byTime < 0 || (byTime == 0 && string.CompareOrdinal(sessionKey, SessionKey) > 0);
    }
}
