using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Sessions;

/// <summary>sessions.* as start-up reads it: a bound out of range stops start-up naming the key.</summary>
public sealed class SessionOptionsLoaderTests
{
    [TestCase("{\"sessions\":{\"maxHistoryMessages\":0}}", "sessions.maxHistoryMessages")]
    [TestCase("{\"sessions\":{\"maxHistoryMessages\":201}}", "sessions.maxHistoryMessages")]
    [TestCase("{\"sessions\":{\"maxHistoryChars\":999}}", "sessions.maxHistoryChars")]
    [TestCase("{\"sessions\":{\"maxHistoryChars\":\"lots\"}}", "sessions.maxHistoryChars")]
    public void Out_of_range_history_bounds_stop_start_up_naming_the_key(string config, string key)
    {
        ConfigException error = Assert.Throws<ConfigException>(() => RpcHarness.Start(RuntimeTrack.Core, configJson: config))!;
        Assert.That(error.Key, Is.EqualTo(key));
    }
}
