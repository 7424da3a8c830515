using System.Text;

namespace OpenClaw.Rpc.Cli;

/// <summary>The PowerShell completion script: a native argument completer for the executable.</summary>
internal static class PowerShellCompletionScript
{
    public static string Render(CompletionWords words)
    {
        var commandOptions = new StringBuilder();
        foreach ((string command, string options) in CompletionWords.CommandOptions)
        {
            commandOptions.Append("            '").Append(command).Append("' { $candidates = ").Append(List(options)).Append(" }\n");
        }

        return $$"""
            # {{words.Executable}} completion for PowerShell: commands, options and, after 'call', the methods it serves.
            # Load it with: {{words.Executable}} completion powershell | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName '{{words.Executable}}', '{{words.Executable}}.exe' -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $paths = {{List(CompletionWords.Join(CompletionWords.PathOptions))}}
                $valued = $paths + {{List(CompletionWords.Join(CompletionWords.OtherValueOptions))}}
                $elements = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.Extent.Text })
                if ($wordToComplete -ne '' -and $elements.Count -gt 0) { $elements = @($elements | Select-Object -SkipLast 1) }
                $prev = if ($elements.Count -gt 0) { $elements[-1] } else { '' }
                if ($paths -contains $prev) { return }
                $command = ''; $first = ''; $operands = 0; $skip = $false
                foreach ($word in $elements) {
                    if ($skip) { $skip = $false; continue }
                    if ($valued -contains $word) { $skip = $true; continue }
                    if ($word.StartsWith('-')) { continue }
                    if ($command -eq '') { $command = $word } else { if ($first -eq '') { $first = $word }; $operands++ }
                }
                $candidates = @()
                if ($prev -eq '--log-level') { $candidates = {{List(CompletionWords.LogLevels)}} }
                elseif ($prev -eq '--parent-pid') { $candidates = @() }
                elseif ($wordToComplete.StartsWith('-')) {
                    switch ($command) {
            {{commandOptions}}        }
                    $candidates += {{List(CompletionWords.Globals)}}
                }
                else {
                    switch ($command) {
                        '' { $candidates = {{List(CompletionWords.Commands)}} }
                        'call' { if ($operands -eq 0) { $candidates = {{List(words.MethodNames)}} } }
                        'security' { if ($operands -eq 0) { $candidates = @('audit') } }
                        'completion' { if ($operands -eq 0) { $candidates = {{List(CompletionWords.Shells)}} } }
                        'help' {
                            if ($operands -eq 0) { $candidates = {{List(CompletionWords.Commands)}} }
                            elseif ($operands -eq 1 -and $first -eq 'call') { $candidates = {{List(words.MethodNames)}} }
                        }
                    }
                }
                $candidates | Where-Object { $_ -like "$wordToComplete*" } |
                    ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
            }

            """;
    }

    private static string List(string words) => "@(" + string.Join(", ", words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"'{w}'")) + ")";
}
