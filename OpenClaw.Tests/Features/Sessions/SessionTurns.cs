using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>Appends turns the way the agent runtime will, through the harness's own <see cref="SessionStore"/>.</summary>
internal static class SessionTurns
{
    public static readonly DateTimeOffset Start = new(2025, 5, 1, 9, 30, 0, TimeSpan.Zero);

    public static SessionStore Store(RpcHarness harness) => harness.Services.GetRequiredService<SessionStore>();

    public static string SessionsDir(RpcHarness harness) => Path.Combine(harness.StateDir, "sessions");

    public static Task<string> AppendAsync(SessionStore store, string key, int n, string? question = null, string? answer = null) =>
        store.AppendTurnAsync(key,
            new TranscriptMessage("user", question ?? $"question {n}", Start.AddMinutes(n)),
            new TranscriptMessage("assistant", answer ?? $"answer {n}", Start.AddMinutes(n).AddSeconds(2), "openai", "gpt-4o-mini", new TurnUsage(3, 5, 8)),
            CancellationToken.None);

    public static async Task AppendManyAsync(RpcHarness harness, string key, int turns)
    {
        for (int n = 1; n <= turns; n++)
        {
            await AppendAsync(Store(harness), key, n);
        }
    }
}
