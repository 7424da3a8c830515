using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Tests.Configuration;

public sealed class ConfigKeyCatalogTests
{
    [Test]
    public void Sections_added_twice_are_owned_once_and_still_know_only_their_keys()
    {
        var catalog = new ConfigKeyCatalog();
        catalog.Add(HostConfigKeys.Owned);
        catalog.Add(HostConfigKeys.Owned);
        Assert.That(catalog.Sections, Is.EquivalentTo(new[] { "runtime.rpc", "logging" }));
        Assert.That(catalog.Knows(HostConfigKeys.MaxInFlight.Key), Is.True);
        Assert.That(catalog.Knows("runtime.rpc.maxInFlite"), Is.False);
    }

    [Test]
    public void A_key_outside_its_section_is_refused_since_doctor_would_call_it_unknown() =>
        Assert.That(() => new ConfigKeyCatalog().Add(new ConfigSection("voice", [new ConfigKey("voices.timeoutMs")])),
            Throws.ArgumentException.With.Message.Contains("voices.timeoutMs is not under voice"));
}
