using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Tests.Resilience;

/// <summary>A provider chain of the test's own, as an area would derive one, with its log kept for the test to read.</summary>
internal sealed class TestChain(ChainPolicy policy, ChainServices services, StringWriter log) : ProviderChain(policy, "test", services)
{
    public string Log => log.ToString();

    public static TestChain Create(ChainPolicy policy, TimeProvider clock, double jitter = 0.5) =>
        Create(policy, clock, new Jitter(() => jitter));

    public static TestChain Create(ChainPolicy policy, TimeProvider clock, Jitter jitter)
    {
        var log = new StringWriter();
        var services = new ChainServices(clock, jitter, new RuntimeLog(TextWriter.Synchronized(log), LogLevel.Debug, new SecretRedactor(), clock));
        return new TestChain(policy, services, log);
    }

    /// <summary>Steps whose target is the provider's name; <c>"name!reason"</c> makes a step skipped with that reason.</summary>
    public static ChainStep<string>[] Steps(params string[] providers) =>
        [.. providers.Select(p => p.Split('!') is [var name, var skip] ? new ChainStep<string>(name, "m1", name, skip) : new ChainStep<string>(p, "m1", p))];
}
