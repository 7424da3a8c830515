using OpenClaw.Rpc.Features.Agent.Tools;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// One validated user message to answer, whichever protocol asked (<c>agent.run</c>, ACP's <c>session/prompt</c>).
/// <paramref name="OnDelta"/> receives the answer's text as it streams; awaiting it holds the stream back.
/// <paramref name="Tools"/> says how the protocol takes part in tool calls.
/// </summary>
internal sealed record AgentTurn(
    string Message,
    string? SessionKey,
    TimeSpan Budget,
    AgentToolHooks Tools,
    string? Provider = null,
    string? Model = null,
    string? System = null,
    Func<string, CancellationToken, Task>? OnDelta = null);
