using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Acp;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Diagnostics;
using OpenClaw.Rpc.Features.Metrics;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.System;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tts;
using OpenClaw.Rpc.Features.Voice;

namespace OpenClaw.Edge;

/// <summary>What the edge track serves: everything in core plus the edge-only areas as they land.</summary>
internal static class EdgeComposition
{
    public static void Compose(OpenClawServerBuilder builder) => builder
        .WithSystemMethods()
        .WithDiagnostics()
        .WithTts()
        .WithSessions()
        .WithAgent()
        .WithTools()
        .WithAcp()
        .WithTranscription()
        .WithMetrics();
}
