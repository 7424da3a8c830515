using OpenClaw.Core;
using OpenClaw.Rpc.Cli;
using OpenClaw.Rpc.Configuration;

return await OpenClawProgram.RunAsync(args, RuntimeTrack.Core, CoreComposition.Compose).ConfigureAwait(false);
