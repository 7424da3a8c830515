extern alias core;
extern alias edge;

using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Tests.Support;

/// <summary>The real composition roots, so in-memory tests serve exactly what each binary serves.</summary>
internal static class TestTracks
{
    public static Action<OpenClawServerBuilder> Composition(RuntimeTrack track) =>
        track == RuntimeTrack.Core ? core::OpenClaw.Core.CoreComposition.Compose : edge::OpenClaw.Edge.EdgeComposition.Compose;
}
