using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Tests.Support;

/// <summary>Test-case sources shared by in-memory and process tests.</summary>
public static class ConformanceNames
{
    private static readonly string[] Framings = ["newline", "content-length"];

    /// <summary>Each transcript on each track it names, in each framing: a track it does not name is no case at all.</summary>
    public static IEnumerable<TestCaseData> TranscriptPlays() =>
        from name in ExampleTranscript.Names()
        from track in new[] { RuntimeTrack.Core, RuntimeTrack.Edge }
        where ExampleTranscript.AppliesTo(ExampleTranscript.Load(name, track), track)
        from framing in Framings
        select new TestCaseData(name, track.WireName(), framing);
}
