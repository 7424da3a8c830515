using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// <c>doctor [--json] [--fix] [--deep] [--non-interactive]</c>: the <c>doctor</c> RPC through the same dispatcher, printed as
/// JSON or as an aligned report (coloured only on a terminal). Exit code 1 when a check failed. Never prompts.
/// </summary>
internal sealed class DoctorCommand(CallCommand call, SecretRedactor secrets)
{
    public async Task<int> RunAsync(bool json, bool fix, bool deep, Stream stdout)
    {
        string parameters = $"{{\"fix\":{(fix ? "true" : "false")},\"deep\":{(deep ? "true" : "false")}}}";
        using JsonDocument response = (await call.InvokeAsync("doctor", parameters).ConfigureAwait(false))!;
        JsonElement result = response.RootElement.GetProperty("result");
        byte[] text = json ? [.. CallCommand.Indented(result), (byte)'\n'] : Encoding.UTF8.GetBytes(secrets.Redact(DoctorReport.Render(result, color: !Console.IsOutputRedirected)));
        await stdout.WriteAsync(text).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return result.GetProperty("ok").GetBoolean() ? 0 : 1;
    }
}
