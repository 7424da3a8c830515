using System.Text;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Cli;

/// <summary><c>call --help</c> (the served methods, one line each) and <c>call &lt;method&gt; --help</c> (its params).</summary>
internal static class MethodHelp
{
    private const int SummaryWidth = 76;

    public static string List(RuntimeTrack track, CliCommandSpec call, ServedMethods served)
    {
        string exe = track.ExecutableName();
        var text = new StringBuilder(HelpText.For(track, call)).Append("\nMethods ").Append(exe).Append(" serves:\n");
        int width = served.Names.Max(n => n.Length) + 4;
        foreach (string name in served.Names)
        {
            text.Append("  ").Append(name.PadRight(width)).Append(OneLine(served.Require(name).Summary)).Append('\n');
        }

        text.Append('\n').Append('\'').Append(exe).Append(" call <method> --help' shows a method's params.\n");
        return text.ToString();
    }

    public static string For(string exe, MethodDescription method)
    {
        var text = new StringBuilder().Append("Usage: ").Append(exe).Append(" call ").Append(method.Name)
            .Append(method.Params.Count > 0 ? " [json-params]" : string.Empty).Append("\n\n");
        if (method.Summary.Length > 0)
        {
            text.Append(method.Summary).Append('\n');
        }

        if (method.Params.Count == 0)
        {
            text.Append("\nNo params.\n");
        }
        else
        {
            text.Append("\nParams (one JSON object; ").Append(method.Params.Any(p => p.Required) ? "the required ones must be there" : "all optional").Append("):\n");
            int name = method.Params.Max(p => p.Name.Length) + 2;
            int type = method.Params.Max(p => Type(p).Length) + 2;
            foreach (ParamDescription parameter in method.Params)
            {
                text.Append(($"  {parameter.Name.PadRight(name)}{Type(parameter).PadRight(type)}{parameter.Description}").TrimEnd()).Append('\n');
            }
        }

        if (method.Example is var (title, json))
        {
            text.Append("\nExample (").Append(title).Append("):\n  ").Append(exe).Append(" call ").Append(method.Name).Append(" '").Append(json).Append("'\n");
        }

        if (method.TakesProgressToken)
        {
            text.Append("\nWith --stream (or on a terminal) call adds a progressToken and prints the $/progress text as it arrives.\n");
        }

        if (method.ResultCarriesAudio)
        {
            text.Append("\nWith --out FILE call writes the audio to FILE (--force replaces an existing one) and prints a line about it.\n");
        }

        return text.ToString();
    }

    /// <summary>The first sentence, cut at a word to fit one line.</summary>
    internal static string OneLine(string summary)
    {
        int end = summary.IndexOf(". ", StringComparison.Ordinal);
        string sentence = (end > 0 ? summary[..end] : summary).TrimEnd('.');
        if (sentence.Length <= SummaryWidth)
        {
            return sentence;
        }

        int cut = sentence.LastIndexOf(' ', SummaryWidth - 3);
        return sentence[..(cut > 0 ? cut : SummaryWidth - 3)].TrimEnd(',', ';', ':') + "...";
    }

    private static string Type(ParamDescription parameter) => parameter.Required ? parameter.Type + ", required" : parameter.Type;
}
