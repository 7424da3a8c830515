// The bare transport, for the bench: the core track's engine (framing, gate, dispatcher, lifecycle, system methods)
// with no area. `./build.sh bench` publishes it next to the tracks so the cost of the areas stays visible.
#:project ../../OpenClaw.Rpc/OpenClaw.Rpc.csproj
#:property AssemblyName=openclaw-transport
#:property PublishAot=true
#:property InvariantGlobalization=true
#:property OptimizationPreference=Size
#:property StackTraceSupport=false
#:property UseSystemResourceKeys=true
#:property DebuggerSupport=false
#:property EventSourceSupport=false
using OpenClaw.Rpc.Cli;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.System;

return await OpenClawProgram.RunAsync(args, RuntimeTrack.Core, builder => builder.WithSystemMethods()).ConfigureAwait(false);
