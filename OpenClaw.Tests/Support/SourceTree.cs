namespace OpenClaw.Tests.Support;

/// <summary>The checkout the tests were built from (found by walking up to OpenClaw.sln).</summary>
internal static class SourceTree
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenClaw.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no OpenClaw.sln above {AppContext.BaseDirectory}");
    }
}
