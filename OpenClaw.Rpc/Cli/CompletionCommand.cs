using System.Text;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Cli;

/// <summary><c>completion bash|zsh|powershell</c>: prints the script for the shell, with this executable's commands and methods.</summary>
internal sealed class CompletionCommand(ServedMethods served, ServerIdentity identity)
{
    public async Task<int> RunAsync(string shell, Stream stdout)
    {
        var words = new CompletionWords(identity.Name, served.Names);
        string script = shell switch
        {
            "bash" => BashCompletionScript.Render(words),
            "zsh" => ZshCompletionScript.Render(words),
            _ => PowerShellCompletionScript.Render(words),
        };
        await stdout.WriteAsync(Encoding.UTF8.GetBytes(script)).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return 0;
    }
}
