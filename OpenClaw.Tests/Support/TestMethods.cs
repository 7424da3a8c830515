using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Tests.Support;

/// <summary>Methods registered only by tests: requests that block until released (awaiting, or holding their thread), one that reports progress, one that fails.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ITestMethods
{
    [JsonRpcMethod("test.block", UseSingleObjectParameterDeserialization = true)]
    Task<string> BlockAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("test.blockThread", UseSingleObjectParameterDeserialization = true)]
    Task<string> BlockThreadAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("test.progress", UseSingleObjectParameterDeserialization = true)]
    Task<int> ProgressAsync(TestProgressParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("test.throw", UseSingleObjectParameterDeserialization = true)]
    Task<string> ThrowAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}

internal sealed record TestProgressParams(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("progressToken")] JsonElement? ProgressToken);

/// <summary>Shared gate that blocked requests wait on.</summary>
internal sealed class TestGate
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class TestMethods(TestGate gate, ProgressReporter progress) : ITestMethods
{
    public const string SecretInException = "sk-test-0123456789abcdef";

    public async Task<string> BlockAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        await gate.Release.Task.WaitAsync(cancellationToken);
        return "released";
    }

    /// <summary>Blocks its thread before returning a task, as a handler stuck in a synchronous open or read would.</summary>
    public Task<string> BlockThreadAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        gate.Release.Task.Wait(cancellationToken);
        return Task.FromResult("released");
    }

    public async Task<int> ProgressAsync(TestProgressParams? parameters = null, CancellationToken cancellationToken = default)
    {
        int count = parameters?.Count ?? 0;
        for (int i = 0; i < count; i++)
        {
            await progress.ReportAsync(parameters?.ProgressToken, new ProgressValue($"chunk {i}"), cancellationToken);
        }

        return count;
    }

    public Task<string> ThrowAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"boom with key {SecretInException} inside");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TestProgressParams))]
[JsonSerializable(typeof(int))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

internal static class TestMethodsRegistration
{
    public static void Add(OpenClawServerBuilder builder)
    {
        builder.Services.AddSingleton<TestGate>();
        builder.AddContract<ITestMethods, TestMethods>().AddJsonMetadata(TestJsonContext.Default);
    }
}
