// The bare transport, for the bench: the core track's engine (framing, gate, dispatcher, lifecycle, system methods)
// with no area. `./build.sh bench` publishes it next to the tracks, built like them (OpenClaw.Transport.csproj, with
// the same pre-fault constructor), so the cost of the areas stays visible.
using OpenClaw.Rpc.Cli;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.System;

return await OpenClawProgram.RunAsync(args, RuntimeTrack.Core, builder => builder.WithSystemMethods()).ConfigureAwait(false);
