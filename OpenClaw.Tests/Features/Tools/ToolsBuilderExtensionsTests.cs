using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tools;

/// <summary><c>WithTools()</c>: one shared <see cref="McpServers"/>, however often it is asked for.</summary>
public sealed class ToolsBuilderExtensionsTests
{
    [Test]
    public async Task The_servers_are_one_singleton_that_the_container_disposes()
    {
        using var state = new TempDirectory();
        var redactor = new SecretRedactor();
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());
        RuntimeSettings settings = RuntimeSettingsLoader.Load(RuntimeTrack.Core, new GlobalOptions { StateDir = state.Path }, environment, redactor);
        OpenClawServerBuilder builder = EngineServices.CreateBuilder(settings, new RuntimeLog(TextWriter.Null, LogLevel.Error, redactor, TimeProvider.System),
            redactor, environment, TimeProvider.System);

        builder.WithTools().WithTools();
        await using ServiceProvider services = builder.Build();

        Assert.That(builder.Services.Count(d => d.ServiceType == typeof(McpServers)), Is.EqualTo(1));
        McpServers first = services.GetRequiredService<McpServers>();
        Assert.That(services.GetRequiredService<McpServers>(), Is.SameAs(first));
    }
}
