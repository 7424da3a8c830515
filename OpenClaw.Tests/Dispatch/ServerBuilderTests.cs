using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OpenClaw.Tests.Support;
using PolyType;
using PolyType.Abstractions;

namespace OpenClaw.Tests.Dispatch;

/// <summary>Registration is idempotent: an area added twice (or asked for by another) registers nothing twice.</summary>
public sealed class ServerBuilderTests
{
    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    public async Task Composing_a_track_twice_registers_exactly_what_composing_it_once_does(RuntimeTrack track)
    {
        using var state = new TempDirectory();
        OpenClawServerBuilder once = Builder(track, state);
        TestTracks.Composition(track)(once);
        OpenClawServerBuilder twice = Builder(track, state);
        TestTracks.Composition(track)(twice);
        TestTracks.Composition(track)(twice);

        Assert.That(twice.Services, Has.Count.EqualTo(once.Services.Count));
        await using ServiceProvider services = twice.Build();
        IDoctorCheck[] checks = [.. services.GetServices<IDoctorCheck>()];
        Assert.That(checks.Select(c => c.Id), Is.Unique);
        Assert.That(services.GetRequiredService<MethodCatalog>().Methods, Does.Contain("tts.convert").And.Contain("exit"));
    }

    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    public async Task Every_registration_of_a_track_resolves_and_every_contract_has_a_handler(RuntimeTrack track)
    {
        // Release binaries skip the container's validation and create a handler on its method's first call, so this
        // is where a missing or broken registration must fail.
        using var state = new TempDirectory();
        OpenClawServerBuilder builder = Builder(track, state);
        TestTracks.Composition(track)(builder);
        await using ServiceProvider services = builder.Build(validate: true);
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

    /// <summary>
    /// StreamJsonRpc binds a method from its contract's shape, and System.Text.Json (source-generated) reads and writes
    /// the params and results; so those types are marked <c>[TypeShape(Kind = TypeShapeKind.None)]</c>. Without it
    /// PolyType generates getters, setters and constructor shapes for every wire type and all it reaches: about 0.85 MB
    /// of each NativeAOT binary that nothing calls.
    /// </summary>
    [TestCase(RuntimeTrack.Core)]
    [TestCase(RuntimeTrack.Edge)]
    public async Task Every_contracts_params_and_result_are_opaque_to_PolyType(RuntimeTrack track)
    {
        using var state = new TempDirectory();
        OpenClawServerBuilder builder = Builder(track, state);
        TestTracks.Composition(track)(builder);
        await using ServiceProvider services = builder.Build();
        var wide = new List<string>();
        foreach (RpcTargetRegistration target in services.GetServices<RpcTargetRegistration>())
        {
            foreach (IMethodShape method in target.Shape.Methods)
            {
                IEnumerable<ITypeShape> types = method.Parameters.Select(p => p.ParameterType).Append(method.ReturnType);
                wide.AddRange(types.Where(IsWide).Select(t => $"{target.Contract.Name}: {t.Type.Name}"));
            }
        }

        Assert.That(wide, Is.Empty, "mark these [TypeShape(Kind = TypeShapeKind.None)]");
    }

    // Our own wire types must have no property or constructor shapes; framework types (CancellationToken,
    // JsonElement, a Task's unit) are PolyType's own business.
    private static bool IsWide(ITypeShape shape) =>
        shape.Type.Namespace?.StartsWith("OpenClaw", StringComparison.Ordinal) == true
        && shape is IObjectTypeShape objectShape && (objectShape.Properties.Count > 0 || objectShape.Constructor is not null);

    private static OpenClawServerBuilder Builder(RuntimeTrack track, TempDirectory state)
    {
        var redactor = new SecretRedactor();
        var environment = new DictionaryEnvironmentReader(new Dictionary<string, string>());
        RuntimeSettings settings = RuntimeSettingsLoader.Load(track, new GlobalOptions { StateDir = state.Path }, environment, redactor);
        return EngineServices.CreateBuilder(settings, new RuntimeLog(TextWriter.Null, LogLevel.Error, redactor, TimeProvider.System), redactor, environment,
            TimeProvider.System);
    }
}
