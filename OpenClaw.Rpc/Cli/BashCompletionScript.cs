using System.Text;

namespace OpenClaw.Rpc.Cli;

/// <summary>The bash completion script: a function over COMP_WORDS registered with <c>complete -F</c>.</summary>
internal static class BashCompletionScript
{
    public static string Render(CompletionWords words)
    {
        var commandOptions = new StringBuilder();
        foreach ((string command, string options) in CompletionWords.CommandOptions)
        {
            commandOptions.Append("            ").Append(command).Append(") words=\"").Append(options).Append("\" ;;\n");
        }

        string paths = string.Join('|', CompletionWords.PathOptions);
        string valued = string.Join('|', CompletionWords.PathOptions.Concat(CompletionWords.OtherValueOptions));
        return $$"""
            # {{words.Executable}} completion for bash: commands, options and, after 'call', the methods it serves.
            # Load it with: source <({{words.Executable}} completion bash)
            {{words.Function}}() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev=""
                if (( COMP_CWORD > 0 )); then prev="${COMP_WORDS[COMP_CWORD-1]}"; fi
                case "$prev" in
                    {{paths}}) COMPREPLY=( $(compgen -f -- "$cur") ); return 0 ;;
                    --log-level) COMPREPLY=( $(compgen -W "{{CompletionWords.LogLevels}}" -- "$cur") ); return 0 ;;
                    --parent-pid) COMPREPLY=(); return 0 ;;
                esac
                local command="" first="" operands=0 i word words=""
                for (( i = 1; i < COMP_CWORD; i++ )); do
                    word="${COMP_WORDS[i]}"
                    case "$word" in
                        {{valued}}) i=$((i + 1)) ;;
                        -*) ;;
                        *) if [[ -z "$command" ]]; then command="$word"; else
                               if [[ -z "$first" ]]; then first="$word"; fi
                               operands=$((operands + 1)); fi ;;
                    esac
                done
                if [[ "$cur" == -* ]]; then
                    case "$command" in
            {{commandOptions}}        esac
                    words="$words {{CompletionWords.Globals}}"
                else
                    case "$command" in
                        "") words="{{CompletionWords.Commands}}" ;;
                        call) if (( operands == 0 )); then words="{{words.MethodNames}}"; fi ;;
                        security) if (( operands == 0 )); then words="audit"; fi ;;
                        completion) if (( operands == 0 )); then words="{{CompletionWords.Shells}}"; fi ;;
                        help) if (( operands == 0 )); then words="{{CompletionWords.Commands}}";
                              elif (( operands == 1 )) && [[ "$first" == call ]]; then words="{{words.MethodNames}}"; fi ;;
                    esac
                fi
                COMPREPLY=( $(compgen -W "$words" -- "$cur") )
                return 0
            }
            complete -F {{words.Function}} {{words.Executable}}

            """;
    }
}
