using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>What a scripted provider does on one call.</summary>
internal static class Replies
{
    public static Func<AttemptContext, ValueTask<string>> Answer(string text) => _ => ValueTask.FromResult(text);

    public static Func<AttemptContext, ValueTask<string>> Throw(Exception failure) => _ => ValueTask.FromException<string>(failure);

    public static Func<AttemptContext, ValueTask<string>> Transient(string reason, TimeSpan? retryAfter = null) =>
        Throw(ProviderFailure.Transient(reason, retryAfter));

    public static Func<AttemptContext, ValueTask<string>> Permanent(string reason) => Throw(ProviderFailure.Permanent(reason));

    /// <summary>Waits on the attempt's token until the attempt timeout, the deadline or the caller stops it.</summary>
    public static Func<AttemptContext, ValueTask<string>> Hang() => async context =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, context.Token);
        return "never";
    };

    /// <summary>Like <see cref="Hang"/>, then says what stopping it cost, as a child-process attempt does.</summary>
    public static Func<AttemptContext, ValueTask<string>> HangThenSay(string consequence) => async context =>
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.Token);
            return "never";
        }
        catch (OperationCanceledException e)
        {
            throw new AttemptCancelledException(consequence, e);
        }
    };

    /// <summary>Sends <paramref name="characters"/> to the client, then fails with <paramref name="failure"/> (null: hangs).</summary>
    public static Func<AttemptContext, ValueTask<string>> DeliverThen(int characters, Exception? failure) => async context =>
    {
        context.Deliver(characters);
        if (failure is not null)
        {
            throw failure;
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, context.Token);
        return "never";
    };
}
