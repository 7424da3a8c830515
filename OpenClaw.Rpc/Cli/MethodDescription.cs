namespace OpenClaw.Rpc.Cli;

/// <summary>What the OpenRPC document says about one method, as <c>call --help</c> and <c>call</c> read it.</summary>
internal sealed record MethodDescription(string Name, string Summary, IReadOnlyList<ParamDescription> Params, IReadOnlyList<string> Tracks)
{
    /// <summary>The result schema has <c>audioBase64</c> (<c>tts.convert</c>), so <c>--out</c> can write it.</summary>
    public bool ResultCarriesAudio { get; init; }

    /// <summary>The first example's name and params as one JSON object, when the document has one.</summary>
    public (string Name, string ParamsJson)? Example { get; init; }

    /// <summary>The method streams <c>$/progress</c> when its params carry a <c>progressToken</c>.</summary>
    public bool TakesProgressToken => Params.Any(p => p.Name == ParamsWithProgressToken.Name);
}

/// <summary>One param: its name, its type in words (<c>wav|mp3|opus</c>, <c>integer 1..1000</c>), whether it is required and what it means.</summary>
internal sealed record ParamDescription(string Name, string Type, bool Required, string Description);
