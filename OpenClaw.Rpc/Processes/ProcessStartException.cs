namespace OpenClaw.Rpc.Processes;

/// <summary>The executable could not be started (missing, not executable, wrong format).</summary>
internal sealed class ProcessStartException(string message, Exception inner) : Exception(message, inner);
