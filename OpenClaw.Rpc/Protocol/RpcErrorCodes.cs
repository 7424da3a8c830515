namespace OpenClaw.Rpc.Protocol;

/// <summary>The JSON-RPC error codes this runtime answers with; protocol/errors.md is the normative list.</summary>
internal static class RpcErrorCodes
{
    /// <summary>Invalid JSON or an unreadable frame.</summary>
    public const int ParseError = -32700;

    /// <summary>Not a valid request object, a batch, a message over the size limit, or a request after shutdown.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The method is not served by this track.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The params do not match the method's schema.</summary>
    public const int InvalidParams = -32602;

    /// <summary>An unexpected failure inside the runtime; details go to stderr only.</summary>
    public const int InternalError = -32603;

    /// <summary>Reserved for clients that ask for strict lifecycle; not sent otherwise.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>Too many requests in flight; retry after <c>data.retryAfterMs</c>.</summary>
    public const int ServerOverloaded = -32001;

    /// <summary>The request was cancelled by <c>$/cancelRequest</c> or by shutdown.</summary>
    public const int RequestCancelled = -32800;

    /// <summary>The client's protocol versions do not include a major version this runtime speaks.</summary>
    public const int UnsupportedProtocolVersion = -32010;

    /// <summary>Text-to-speech is disabled (tts.disable); tts.enable turns it back on.</summary>
    public const int TtsDisabled = -32011;

    /// <summary>Every provider in the TTS chain failed or was skipped; data.attempts says why.</summary>
    public const int TtsFailed = -32012;

    /// <summary>No transcription engine can handle the request; data.attempts says why.</summary>
    public const int TranscriptionFailed = -32013;

    /// <summary>A file outside the allowed roots, missing, or too large.</summary>
    public const int FileNotAllowed = -32014;

    /// <summary>A state file (prefs, transcripts) could not be written.</summary>
    public const int StateWriteFailed = -32015;

    /// <summary>An agent run got no answer: every provider failed or was skipped; data.runtime.selfHealing says why.</summary>
    public const int AgentFailed = -32016;
}
