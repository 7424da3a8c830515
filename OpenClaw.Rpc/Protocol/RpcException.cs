namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// An expected failure that reaches the client as a JSON-RPC error with a code from protocol/errors.md.
/// Its message is sent on the wire, so it must be written for the client and carry no secret.
/// </summary>
internal sealed class RpcException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RpcException(int code, string message, RpcErrorData data)
        : base(message)
    {
        Code = code;
        Data = data;
    }

    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; }

    /// <summary>The <c>error.data</c> payload.</summary>
    public new RpcErrorData Data { get; }

    /// <summary>Invalid params at <paramref name="path"/> with a message saying what was expected.</summary>
    public static RpcException InvalidParams(string path, string message) =>
        new(RpcErrorCodes.InvalidParams, message, new RpcErrorData { Kind = RpcErrorKinds.InvalidParams, Path = path });
}
