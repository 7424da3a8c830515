using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Dispatch;

/// <summary>Registration is idempotent: an area added twice (or asked for by another) registers nothing twice.</summary>
public sealed class ServerBuilderTests
{
    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    public void Composing_a_track_twice_registers_exactly_what_composing_it_once_does(RuntimeTrack track)
    {
        using var state = new TempDirectory();
        OpenClawServerBuilder once = Builder(track, state);
        TestTracks.Composition(track)(once);
        OpenClawServerBuilder twice = Builder(track, state);
        TestTracks.Composition(track)(twice);
        TestTracks.Composition(track)(twice);

        Assert.That(twice.Services, Has.Count.EqualTo(once.Services.Count));
        using ServiceProvider services = twice.Build();
        IDoctorCheck[] checks = [.. services.GetServices<IDoctorCheck>()];
        Assert.That(checks.Select(c => c.Id), Is.Unique);
        Assert.That(services.GetRequiredService<MethodCatalog>().Methods, Does.Contain("tts.convert").And.Contain("exit"));
    }

    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    public void Every_registration_of_a_track_resolves_and_every_contract_has_a_handler(RuntimeTrack track)
    {
        // Release binaries skip the container's validation and create a handler on its method's first call, so this
        // is where a missing or broken registration must fail.
        using var state = new TempDirectory();
        OpenClawServerBuilder builder = Builder(track, state);
        TestTracks.Composition(track)(builder);
        using ServiceProvider services = builder.Build(validate: true);
        RpcTargetRegistration[] targets = [.. services.GetServices<RpcTargetRegistration>()];
        Assert.That(targets, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (RpcTargetRegistration target in targets)
            {
                Assert.That(services.GetService(target.Contract), Is.Not.Null, string.Join(", ", target.Methods));
            }
        });
        Assert.That(targets.SelectMany(t => t.Methods.Select(m => (t.Dialect, m))), Is.Unique);
    }

    private static OpenClawServerBuilder Builder(RuntimeTrack track, TempDirectory state)
    {
        var redactor = new SecretRedactor();
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());
        RuntimeSettings settings = RuntimeSettingsLoader.Load(track, new GlobalOptions { StateDir = state.Path }, environment, redactor);
        return EngineServices.CreateBuilder(settings, new RuntimeLog(TextWriter.Null, LogLevel.Error, redactor, TimeProvider.System), redactor, environment,
            TimeProvider.System);
    }
}
