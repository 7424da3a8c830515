namespace OpenClaw.Tests.Support;

/// <summary>Test-case sources shared by in-memory and process tests.</summary>
public static class ConformanceNames
{
    public static IEnumerable<string> Transcripts() => ExampleTranscript.Names();
}
