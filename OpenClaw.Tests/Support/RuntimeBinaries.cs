using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Tests.Support;

/// <summary>
/// Where the executables under test are. <c>./build.sh test</c> sets OPENCLAW_BIN_DIR to the NativeAOT
/// publish folder (dist/publish), so process tests run the shipped binaries; without it they run the JIT
/// build of the same projects.
/// </summary>
internal static class RuntimeBinaries
{
    public static string PathOf(RuntimeTrack track)
    {
        string exe = track.ExecutableName() + (OperatingSystem.IsWindows() ? ".exe" : string.Empty);
        string? published = Environment.GetEnvironmentVariable("OPENCLAW_BIN_DIR");
        string path = published is { Length: > 0 }
            ? Path.Combine(published, $"{track.WireName()}-{Rid}", exe)
            : Path.Combine(RepositoryRoot(), $"OpenClaw.{(track == RuntimeTrack.Core ? "Core" : "Edge")}", "bin", Configuration, "net10.0", exe);
        Assert.That(File.Exists(path), Is.True, $"{path} is missing: run ./build.sh test (or build the solution first)");
        return path;
    }

    public static bool IsPublished => Environment.GetEnvironmentVariable("OPENCLAW_BIN_DIR") is { Length: > 0 };

    private static string Rid => OperatingSystem.IsWindows() ? "win-x64" : "linux-x64";

    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        ? "Release" : "Debug";

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenClaw.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OpenClaw.sln not found above the test assembly");
    }
}
