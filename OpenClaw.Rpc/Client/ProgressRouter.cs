using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Client;

/// <summary>Hands each <c>$/progress</c> notification to the subscription of its token; values for other tokens are dropped.</summary>
internal sealed class ProgressRouter
{
    public const string Method = "$/progress";

    private readonly ConcurrentDictionary<string, ProgressSubscription> _subscriptions = new(StringComparer.Ordinal);
    private long _next;

    public ProgressSubscription Add(IProgress<ProgressValue> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        string key = "p" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var subscription = new ProgressSubscription(this, JsonSerializer.SerializeToElement(key, ClientJsonContext.Default.String), progress);
        _subscriptions[key] = subscription;
        return subscription;
    }

    public void Remove(ProgressSubscription subscription) => _subscriptions.TryRemove(Key(subscription.Token), out _);

    /// <summary>Reports the notification's value to its token's subscription; one that cannot be read is dropped.</summary>
    public void Report(JsonRpcRequest notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            if (notification.TryGetArgumentByNameOrIndex("token", -1, typeof(JsonElement), out object? token) && token is JsonElement id
                && _subscriptions.TryGetValue(Key(id), out ProgressSubscription? subscription)
                && notification.TryGetArgumentByNameOrIndex("value", -1, typeof(ProgressValue), out object? value) && value is ProgressValue progress)
            {
                subscription.Progress.Report(progress);
            }
        }
        catch (JsonException)
        {
            // A value that is not a ProgressValue: nothing to report.
        }
    }

    private static string Key(JsonElement token) => token.ValueKind == JsonValueKind.String ? token.GetString()! : token.GetRawText();
}
