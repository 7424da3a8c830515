using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// Sends <c>$/progress {token, value}</c> notifications for a request that carried a <c>progressToken</c>.
/// Handlers await each report, so all progress for a request is written before its response.
/// </summary>
internal sealed class ProgressReporter(ClientNotifier notifier)
{
    private static readonly Dictionary<string, Type> ArgumentTypes = new(StringComparer.Ordinal)
    {
        ["token"] = typeof(JsonElement),
        ["value"] = typeof(ProgressValue),
    };

    /// <summary>Reports one value for <paramref name="token"/>; does nothing when the request gave no token.</summary>
    public Task ReportAsync(JsonElement? token, ProgressValue value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (token is not { ValueKind: JsonValueKind.String or JsonValueKind.Number } given)
        {
            return Task.CompletedTask;
        }

        var arguments = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["token"] = given, ["value"] = value };
        return notifier.NotifyAsync("$/progress", arguments, ArgumentTypes, cancellationToken);
    }
}
