using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// <c>security audit [--deep] [--json] [--fix]</c>: the <c>security.audit</c> RPC through the same dispatcher. Exit
/// code 2 while a critical finding remains (after fixing, when asked to fix); 0 otherwise.
/// </summary>
internal sealed class AuditCommand(CallCommand call, SecretRedactor secrets)
{
    public const int ExitCritical = 2;

    public async Task<int> RunAsync(bool deep, bool json, bool fix, Stream stdout)
    {
        string parameters = $"{{\"deep\":{(deep ? "true" : "false")},\"fix\":{(fix ? "true" : "false")}}}";
        using JsonDocument response = (await call.InvokeAsync("security.audit", parameters).ConfigureAwait(false))!;
        JsonElement result = response.RootElement.GetProperty("result");
        byte[] text = json ? [.. CallCommand.Indented(result), (byte)'\n'] : Encoding.UTF8.GetBytes(secrets.Redact(AuditReport.Render(result, color: !Console.IsOutputRedirected)));
        await stdout.WriteAsync(text).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return result.GetProperty("summary").GetProperty("critical").GetInt32() > 0 ? ExitCritical : 0;
    }
}
