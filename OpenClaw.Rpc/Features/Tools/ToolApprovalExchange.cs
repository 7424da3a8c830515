using System.Text.Json;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// One approval question to the client, whatever the protocol: the answer read into an outcome; an error answer, a
/// lost connection or an answer with no known outcome is a rejection (logged); cancellation is
/// <see cref="ToolApprovalOutcome.Cancelled"/>.
/// </summary>
internal static class ToolApprovalExchange
{
    /// <param name="method">The request's method, for the log.</param>
    /// <param name="request">The question; <paramref name="send"/> sends it and returns the client's result.</param>
    /// <param name="send">Sends the request; it may observe the token itself (and tell the client) or leave that to the wait.</param>
    /// <param name="read">The outcome an answer stands for, or null when it names none.</param>
    /// <param name="log">Where rejections by error or malformed answer are written.</param>
    /// <param name="cancellationToken">Cancels the wait: the call's run was cancelled.</param>
    public static async Task<ToolApprovalOutcome> AskAsync(string method, ToolApprovalRequest request, Func<CancellationToken, Task<JsonElement>> send,
        Func<JsonElement, ToolApprovalOutcome?> read, RuntimeLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(log);
        try
        {
            JsonElement answer = await send(cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (read(answer) is { } known)
            {
                return known;
            }

            log.Warn($"{method} for {request.Tool.Name}: the client's answer has no known outcome; taken as a rejection");
            return ToolApprovalOutcome.RejectOnce;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ToolApprovalOutcome.Cancelled;
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or RemoteRpcException)
        {
            log.Warn($"{method} for {request.Tool.Name}: the client answered with an error ({e.Message}); taken as a rejection");
            return ToolApprovalOutcome.RejectOnce;
        }
    }
}
