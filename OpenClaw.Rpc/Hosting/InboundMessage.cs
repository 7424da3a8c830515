using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

internal enum InboundKind
{
    Request,
    Notification,

    /// <summary>A response from the client; this runtime sends no requests, so it is logged and dropped.</summary>
    Response,

    /// <summary>Not a valid message; <see cref="InboundMessage.Error"/> says how to answer it.</summary>
    Invalid,
}

/// <summary>What the gate learned about one client message before anything is dispatched.</summary>
internal sealed record InboundMessage(InboundKind Kind, string? Method, byte[]? IdJson, byte[] Payload, RejectedMessage? Error = null)
{
    /// <summary>The id as a comparable key (see <see cref="JsonEnvelope"/>), for requests and responses.</summary>
    public string? IdKey { get; init; }
}

/// <summary>The answer to a message that is refused before dispatch.</summary>
internal sealed record RejectedMessage(int Code, string Message, RpcErrorData Data)
{
    /// <summary>The error answer to the message with this id (null when the id cannot be trusted).</summary>
    public byte[] Response(byte[]? idJson) => RpcErrorMapping.Response(idJson, Code, Message, Data);
}
