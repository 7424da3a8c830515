using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Acp;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Diagnostics;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.System;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tts;

namespace OpenClaw.Core;

/// <summary>What the core track serves: the minimal, low-RAM set.</summary>
internal static class CoreComposition
{
    public static void Compose(OpenClawServerBuilder builder) => builder
        .WithSystemMethods()
        .WithDiagnostics()
        .WithTts()
        .WithSessions()
        .WithAgent()
        .WithTools()
        .WithAcp();
}
