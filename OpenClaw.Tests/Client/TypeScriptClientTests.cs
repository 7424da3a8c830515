using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Client;

/// <summary>
/// protocol/clients/typescript is what <see cref="TypeScriptClientSource"/> makes of the shipped OpenRPC document, so
/// it cannot drift from it. OPENCLAW_UPDATE_CLIENTS=1 rewrites the files instead of comparing them.
/// </summary>
public sealed class TypeScriptClientTests
{
    [TestCase("index.d.ts")]
    [TestCase("index.js")]
    public void The_typescript_client_is_generated_from_the_OpenRPC_document(string file)
    {
        string expected = file == "index.d.ts"
            ? TypeScriptClientSource.Declarations(OpenRpcSchemas.Shipped.Document)
            : TypeScriptClientSource.Wrapper(OpenRpcSchemas.Shipped.Document);
        string path = SourceTree.PathOf(Path.Combine("protocol", "clients", "typescript", file));
        if (Environment.GetEnvironmentVariable("OPENCLAW_UPDATE_CLIENTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path) : "(missing)", Is.EqualTo(expected),
            $"{path} is out of date: run OPENCLAW_UPDATE_CLIENTS=1 dotnet test OpenClaw.Tests --filter TypeScriptClient");
    }
}
