using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Tts;

/// <summary>tts.setProvider: what it refuses. That the choice is kept across restarts is in <see cref="TtsPrefsStoreTests"/>.</summary>
public sealed class TtsSetProviderTests
{
    [Test]
    public async Task SetProvider_refuses_an_unknown_provider()
    {
        await using var harness = RpcHarness.Start();
        JsonAssert.IsError(await harness.CallAsync("tts.setProvider", "{\"provider\":\"edge-tts\"}"), -32602, "invalidParams");
        JsonAssert.IsError(await harness.CallAsync("tts.setProvider", "{}", id: 2), -32602, "invalidParams");
    }
}
