using System.Text;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// <c>help [command]</c>, <c>--help</c> anywhere: the general help, a command's, the methods <c>call</c> serves or one
/// method's params. A mistyped command or method is a usage error with the closest names.
/// </summary>
internal sealed class HelpCommand(ServedMethods served, ServerIdentity identity)
{
    public async Task<int> RunAsync(IReadOnlyList<string> topic, Stream stdout)
    {
        await stdout.WriteAsync(Encoding.UTF8.GetBytes(Render(topic))).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return 0;
    }

    internal string Render(IReadOnlyList<string> topic)
    {
        if (topic.Count == 0)
        {
            return HelpText.For(identity.Track);
        }

        // 'security' alone has one subcommand, so its help is that one's.
        CliCommandSpec command = CliCommands.Find(topic is ["security"] ? ["security", "audit"] : topic)
            ?? throw new UsageException($"no help for '{topic[0]}', which is not a command{DidYouMean.Hint(topic[0], CliCommands.FirstWords)}");
        if (command.Command != CliCommand.Call)
        {
            return HelpText.For(identity.Track, command);
        }

        return topic.Count > 1 ? MethodHelp.For(identity.Name, served.Require(topic[1])) : MethodHelp.List(identity.Track, command, served);
    }
}
