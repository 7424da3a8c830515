namespace OpenClaw.Rpc.Protocol;

/// <summary>Stable <c>error.data.kind</c> strings; clients switch on these, never on messages.</summary>
internal static class RpcErrorKinds
{
    /// <summary>Kind for <see cref="RpcErrorCodes.ParseError"/>.</summary>
    public const string ParseError = "parseError";

    /// <summary>Kind for a malformed request object.</summary>
    public const string InvalidRequest = "invalidRequest";

    /// <summary>Kind for a JSON-RPC batch, which this runtime refuses.</summary>
    public const string BatchNotSupported = "batchNotSupported";

    /// <summary>Kind for a request whose id is already used by a request in flight.</summary>
    public const string DuplicateId = "duplicateId";

    /// <summary>Kind for a message over the size limit.</summary>
    public const string MessageTooLarge = "messageTooLarge";

    /// <summary>Kind for a request that arrives after <c>shutdown</c>.</summary>
    public const string ShuttingDown = "shuttingDown";

    /// <summary>Kind for an unknown method.</summary>
    public const string MethodNotFound = "methodNotFound";

    /// <summary>Kind for params that do not match the schema.</summary>
    public const string InvalidParams = "invalidParams";

    /// <summary>Kind for an unexpected internal failure.</summary>
    public const string Internal = "internal";

    /// <summary>Kind for too many requests in flight.</summary>
    public const string Overloaded = "overloaded";

    /// <summary>Kind for a cancelled request.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Kind for a protocol version mismatch in <c>initialize</c>.</summary>
    public const string UnsupportedProtocolVersion = "unsupportedProtocolVersion";

    /// <summary>Kind for <see cref="RpcErrorCodes.TtsDisabled"/>.</summary>
    public const string TtsDisabled = "ttsDisabled";

    /// <summary>Kind for <see cref="RpcErrorCodes.TtsFailed"/>.</summary>
    public const string TtsFailed = "ttsFailed";

    /// <summary>Kind for <see cref="RpcErrorCodes.TranscriptionFailed"/>.</summary>
    public const string TranscriptionFailed = "transcriptionFailed";

    /// <summary>Kind for <see cref="RpcErrorCodes.FileNotAllowed"/>.</summary>
    public const string FileNotAllowed = "fileNotAllowed";

    /// <summary>Kind for <see cref="RpcErrorCodes.StateWriteFailed"/>.</summary>
    public const string StateWriteFailed = "stateWriteFailed";

    /// <summary>See <see cref="RpcErrorCodes.AgentFailed"/>.</summary>
    public const string AgentFailed = "agentFailed";
}
