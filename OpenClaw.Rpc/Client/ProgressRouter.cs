using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Client;

/// <summary>Hands each <c>$/progress</c> notification to the subscription of its token; values for other tokens are dropped.</summary>
internal sealed class ProgressRouter : IProgressNotifications
{
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

    // Reported synchronously: the runtime writes every value before the answer, and the answer must not overtake them.
    public Task OnProgressAsync(ProgressNotification? notification = null, CancellationToken cancellationToken = default)
    {
        if (notification is { Value: { } value } && _subscriptions.TryGetValue(Key(notification.Token), out ProgressSubscription? subscription))
        {
            subscription.Progress.Report(value);
        }

        return Task.CompletedTask;
    }

    private static string Key(JsonElement token) => token.ValueKind == JsonValueKind.String ? token.GetString()! : token.GetRawText();
}
