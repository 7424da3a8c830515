using System.Text;

namespace OpenClaw.Rpc.Cli;

/// <summary>The zsh completion script: works sourced (<c>compdef</c>) and as an autoloaded <c>_openclaw-core</c> file in $fpath.</summary>
internal static class ZshCompletionScript
{
    public static string Render(CompletionWords words)
    {
        var commandOptions = new StringBuilder();
        foreach ((string command, string options) in CompletionWords.CommandOptions)
        {
            commandOptions.Append("            ").Append(command).Append(") candidates=(").Append(options).Append(") ;;\n");
        }

        string paths = string.Join('|', CompletionWords.PathOptions);
        string valued = string.Join('|', CompletionWords.PathOptions.Concat(CompletionWords.OtherValueOptions));
        return $$"""
            #compdef {{words.Executable}}
            # {{words.Executable}} completion for zsh: commands, options and, after 'call', the methods it serves.
            # Load it with: source <({{words.Executable}} completion zsh)   (after compinit)
            {{words.Function}}() {
                local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
                case $prev in
                    {{paths}}) _files; return ;;
                    --log-level) compadd -- {{CompletionWords.LogLevels}}; return ;;
                    --parent-pid) return ;;
                esac
                local command="" first="" word
                local -i operands=0 i
                local -a candidates
                for (( i = 2; i < CURRENT; i++ )); do
                    word=${words[i]}
                    case $word in
                        {{valued}}) (( i++ )) ;;
                        -*) ;;
                        *) if [[ -z $command ]]; then command=$word; else
                               [[ -z $first ]] && first=$word
                               (( operands++ )); fi ;;
                    esac
                done
                if [[ $cur == -* ]]; then
                    case $command in
            {{commandOptions}}        esac
                    candidates+=({{CompletionWords.Globals}})
                else
                    case $command in
                        "") candidates=({{CompletionWords.Commands}}) ;;
                        call) (( operands == 0 )) && candidates=({{words.MethodNames}}) ;;
                        security) (( operands == 0 )) && candidates=(audit) ;;
                        completion) (( operands == 0 )) && candidates=({{CompletionWords.Shells}}) ;;
                        help) if (( operands == 0 )); then candidates=({{CompletionWords.Commands}});
                              elif (( operands == 1 )) && [[ $first == call ]]; then candidates=({{words.MethodNames}}); fi ;;
                    esac
                fi
                compadd -- $candidates
            }
            if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
                {{words.Function}} "$@"
            else
                compdef {{words.Function}} {{words.Executable}}
            fi

            """;
    }
}
