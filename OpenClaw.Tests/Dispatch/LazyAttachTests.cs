using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Dispatch;

/// <summary>A contract's handler is created on the first call of its method; one that cannot be created fails that call only.</summary>
public sealed class LazyAttachTests
{
    [Test]
    public async Task A_handler_whose_constructor_throws_answers_32603_and_the_connection_goes_on()
    {
        await using var harness = RpcHarness.Start(extra: builder =>
        {
            // Registered first, so the contract's own registration (TryAdd) leaves it in place.
            builder.Services.AddSingleton<ITestMethods>(_ => throw new InvalidOperationException("the test handler cannot start"));
            TestMethodsRegistration.Add(builder);
        });

        JsonElement failed = await harness.CallAsync("test.throw", id: 1);
        JsonAssert.IsError(failed, -32603, "internal");
        Assert.That(failed.GetProperty("error").GetProperty("message").GetString(), Does.Contain("test.throw could not be started"));
        JsonAssert.Result(await harness.CallAsync("health", id: 2));
        JsonAssert.IsError(await harness.CallAsync("test.throw", id: 3), -32603, "internal");
        Assert.That(harness.Log, Does.Contain("cannot start the handler of test.throw: the test handler cannot start"));
    }
}
