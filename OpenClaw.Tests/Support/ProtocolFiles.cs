using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>The files under protocol/, copied next to the test assembly.</summary>
internal static class ProtocolFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "protocol");

    public static JsonElement OpenRpc() => Load(Path.Combine(Directory, "openclaw.openrpc.json"));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static IEnumerable<string> Examples() => System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "examples"), "*.json").Order(StringComparer.Ordinal);

    public static JsonElement Load(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
