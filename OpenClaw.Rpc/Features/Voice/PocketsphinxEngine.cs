using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>CMU pocketsphinx (<c>pocketsphinx_continuous</c>), offline; Debian's <c>pocketsphinx-en-us</c> model by default.</summary>
internal sealed class PocketsphinxEngine(VoiceOptions options, IProcessRunner runner) : ITranscriptionEngine
{
    private const string DebianModel = "/usr/share/pocketsphinx/model/en-us/en-us";

    public string Id => "pocketsphinx";

    private PocketsphinxOptions Settings => options.Pocketsphinx;

    public TranscriptionEngineState Inspect()
    {
        ResolvedExecutable binary = ExecutableResolver.Resolve(Settings.Bin);
        string? problem = binary.Problem;
        if (problem is null && Settings.Hmm is { } hmm && !Directory.Exists(hmm))
        {
            problem = $"acoustic model not found: {hmm}";
        }
        else if (problem is null && Settings.Hmm is null && OperatingSystem.IsLinux() && !Directory.Exists(DebianModel))
        {
            problem = $"no acoustic model: install pocketsphinx-en-us ({DebianModel}) or set voice.pocketsphinx.hmm";
        }

        return new TranscriptionEngineState(true, problem is null, problem, binary, [Settings.Language]);
    }

    public string? RefuseLanguage(string? language) =>
        language is null || Normalize(language) == Normalize(Settings.Language) || Normalize(Settings.Language).StartsWith(Normalize(language) + "-", StringComparison.Ordinal)
            ? null
            : $"the pocketsphinx model is {Settings.Language}, not {language}";

    public Task<string> TranscribeAsync(string wavPath, string? language, CancellationToken cancellationToken)
    {
        TranscriptionEngineState state = Inspect();
        if (!state.Available)
        {
            throw ProviderFailure.Permanent(state.Reason!);
        }

        List<string> arguments = ["-infile", wavPath, "-logfn", OperatingSystem.IsWindows() ? "nul" : "/dev/null"];
        AddIfSet(arguments, "-hmm", Settings.Hmm);
        AddIfSet(arguments, "-lm", Settings.LanguageModel);
        AddIfSet(arguments, "-dict", Settings.Dictionary);
        return RecognizedText.RunAsync(runner, new ProcessSpec { FileName = state.Binary!.Path!, Arguments = arguments }, cancellationToken);
    }

    private static void AddIfSet(List<string> arguments, string flag, string? value)
    {
        if (value is not null)
        {
            arguments.AddRange([flag, value]);
        }
    }

    private static string Normalize(string language) => language.Trim().ToLowerInvariant().Replace('_', '-');
}
