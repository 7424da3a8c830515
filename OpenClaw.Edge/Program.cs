using OpenClaw.Edge;
using OpenClaw.Rpc.Cli;
using OpenClaw.Rpc.Configuration;

return await OpenClawProgram.RunAsync(args, RuntimeTrack.Edge, EdgeComposition.Compose).ConfigureAwait(false);
