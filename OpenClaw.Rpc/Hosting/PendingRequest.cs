namespace OpenClaw.Rpc.Hosting;

/// <summary>One request in flight: its id as the client wrote it, its method and when it was admitted.</summary>
internal sealed record PendingRequest(byte[] IdJson, string Method, long Started);
