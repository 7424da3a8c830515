using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Process;

/// <summary><c>completion bash|zsh|powershell</c>: scripts that load in their shell and complete commands, options and methods.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CompletionScriptProcessTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task The_bash_script_is_valid_bash(CancellationToken cancellationToken)
    {
        Tools.Require("bash");
        using var dir = new TempDirectory();
        string script = await ScriptAsync(RuntimeTrack.Core, "bash", dir, cancellationToken);
        (int exit, string output) = await BashAsync($"bash -n '{script}'", cancellationToken);
        Assert.That(exit, Is.Zero, output);
    }

    [TestCase(RuntimeTrack.Core, "call tts.", "tts.convert tts.disable tts.enable tts.providers tts.setProvider tts.status")]
    [TestCase(RuntimeTrack.Edge, "call voice.", "voice.status voice.transcribe")]
    [TestCase(RuntimeTrack.Core, "call voice.", "")]
    [TestCase(RuntimeTrack.Core, "ca", "call")]
    [TestCase(RuntimeTrack.Core, "--state-dir /tmp call he", "health")]
    [TestCase(RuntimeTrack.Core, "call health --st", "--stream --state-dir")]
    [TestCase(RuntimeTrack.Core, "doctor --j", "--json")]
    [TestCase(RuntimeTrack.Core, "security au", "audit")]
    [TestCase(RuntimeTrack.Core, "completion ", "bash zsh powershell")]
    [TestCase(RuntimeTrack.Core, "help call sessions.l", "sessions.list")]
    [TestCase(RuntimeTrack.Core, "--log-level w", "warn")]
    public async Task Bash_completes_commands_options_and_the_methods_after_call(RuntimeTrack track, string line, string expected)
    {
        Tools.Require("bash");
        using var dir = new TempDirectory();
        string script = await ScriptAsync(track, "bash", dir, cancellationToken: default);
        string exe = track.ExecutableName();
        // COMP_WORDS as bash fills them for the typed line; the last word is the one being completed.
        string words = string.Join(' ', new[] { exe }.Concat(line.Split(' ')).Select(w => $"'{w}'"));
        (int exit, string output) = await BashAsync(
            $"source '{script}'; COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); _{exe.Replace('-', '_')}; echo \"${{COMPREPLY[*]}}\"",
            CancellationToken.None);
        Assert.That(exit, Is.Zero, output);
        Assert.That(output.Trim(), Is.EqualTo(expected));
    }

    [TestCase("zsh", "compdef _openclaw_core openclaw-core")]
    [TestCase("powershell", "Register-ArgumentCompleter -Native -CommandName 'openclaw-core'")]
    public async Task The_zsh_and_powershell_scripts_register_a_completer_with_the_served_methods(string shell, string registration)
    {
        using var dir = new TempDirectory();
        string script = File.ReadAllText(await ScriptAsync(RuntimeTrack.Core, shell, dir, cancellationToken: default));
        Assert.That(script, Does.Contain(registration));
        Assert.That(script, Does.Contain("tts.convert").And.Contain("sessions.history").And.Not.Contain("voice.transcribe"));
        string? checker = shell == "zsh" ? "zsh" : "pwsh";
        if (Tools.Found(checker))
        {
            string check = shell == "zsh"
                ? $"zsh -n '{dir.File("script")}'"
                : $"pwsh -NoProfile -Command \"$null = [System.Management.Automation.Language.Parser]::ParseFile('{dir.File("script")}', [ref]$null, [ref]$e); if ($e) {{ $e; exit 1 }}\"";
            (int exit, string output) = await BashAsync(check, CancellationToken.None);
            Assert.That(exit, Is.Zero, output);
        }
    }

    private static async Task<string> ScriptAsync(RuntimeTrack track, string shell, TempDirectory dir, CancellationToken cancellationToken)
    {
        CliRun run = await CliRun.ExecuteAsync(track, ["completion", shell], cancellationToken: cancellationToken);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        string path = dir.File("script");
        File.WriteAllText(path, run.Stdout);
        return path;
    }

    private static async Task<(int Exit, string Output)> BashAsync(string command, CancellationToken cancellationToken)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["--norc", "--noprofile", "-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using OsProcess process = OsProcess.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        string stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, stdout + await stderr);
    }
}
