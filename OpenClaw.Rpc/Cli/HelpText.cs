using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Cli;

/// <summary>The text of <c>--help</c>.</summary>
internal static class HelpText
{
    public static string For(RuntimeTrack track)
    {
        string exe = track.ExecutableName();
        return $"""
            {exe} - headless OpenClaw runtime ({track.WireName()} track), JSON-RPC 2.0 over stdio

            Usage:
              {exe} [options]                     serve JSON-RPC on stdin/stdout (Content-Length or newline framing)
              {exe} acp                           serve the Agent Client Protocol (ACP) on stdin/stdout, for Zed, JetBrains, ...
              {exe} call <method> [json-params]   run one request in-process and print its result as JSON
              {exe} doctor [--json] [--fix] [--deep] [--non-interactive]
                                                  check config, state dir, track, providers, binaries; exit 1 on a failure
              {exe} security audit [--deep] [--json] [--fix]
                                                  permissions, plaintext keys, insecure URLs, binary paths; exit 2 on a critical finding
              {exe} --version | --help

            Options (before or after the command):
              --config PATH       config file (default: <state-dir>/openclaw.json; env OPENCLAW_CONFIG_PATH)
              --state-dir PATH    state directory (default: ~/.openclaw; env OPENCLAW_STATE_DIR)
              --parent-pid PID    exit when this process dies
              --log-level LEVEL   error | warn | info | debug (env OPENCLAW_LOG_LEVEL; default info)
              --log-file PATH     write the log there instead of stderr

            Exit codes: 0 ok; 1 'call' got an RPC error, 'doctor' found a failure, or 'exit' came without 'shutdown';
                        2 invalid config, or 'security audit' found a critical issue; 64 usage error.
            Protocol: see protocol/README.md, or call rpc.discover.
            """;
    }
}
