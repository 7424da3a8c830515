using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>Builds the System.Text.Json formatter over the source-generated contexts every area contributes.</summary>
internal sealed class RpcFormatterFactory(IEnumerable<IJsonTypeInfoResolver> resolvers)
{
    private readonly JsonSerializerOptions _options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine([.. resolvers]),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = WireJson.Encoder,
    };

    public JsonSerializerOptions Options => _options;

    // The formatter is annotated as not hardened for trimming because it *can* fall back to reflection; every
    // type it meets here comes from a source-generated context, which is the library's documented AOT recipe.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "All payload types are source-generated.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "All payload types are source-generated.")]
    public IJsonRpcMessageFormatter Create() => new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(_options) };
}
