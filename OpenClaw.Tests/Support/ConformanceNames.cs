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

    /// <summary>
    /// Each transcript on each track it names, once: against a binary what the in-memory plays cannot show is the
    /// executable itself (its exit codes and, published, its NativeAOT build), not the framing, so core speaks newline
    /// and edge Content-Length and both framings still cross real pipes.
    /// </summary>
    public static IEnumerable<TestCaseData> TranscriptPlaysOnBinaries() =>
        from name in ExampleTranscript.Names()
        from track in new[] { RuntimeTrack.Core, RuntimeTrack.Edge }
        where ExampleTranscript.AppliesTo(ExampleTranscript.Load(name, track), track)
        select new TestCaseData(name, track.WireName(), track == RuntimeTrack.Core ? "newline" : "content-length");
}
