using OpenClaw.Rpc.Processes;

namespace OpenClaw.Tests.Support;

/// <summary>Optional system tools (./build.sh deps and .ci/run install them); tests that need one say so when it is absent.</summary>
internal static class Tools
{
    public static void Require(params string[] names)
    {
        string[] missing = [.. names.Where(n => !ExecutableResolver.Resolve(n).Found)];
        if (missing.Length > 0)
        {
            Assert.Ignore($"{string.Join(", ", missing)} not installed: run ./build.sh deps");
        }
    }

    /// <summary>Whether <paramref name="name"/> is on PATH, for a test that checks more when a tool is there.</summary>
    public static bool Found(string name) => ExecutableResolver.Resolve(name).Found;

    public static void RequireUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("stand-in binaries are POSIX shell scripts");
        }
    }
}
