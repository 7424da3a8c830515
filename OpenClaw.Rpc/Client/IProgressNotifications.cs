using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Client;

/// <summary>The one notification the runtime sends its client: <c>$/progress {token, value}</c>.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IProgressNotifications
{
    [JsonRpcMethod("$/progress", UseSingleObjectParameterDeserialization = true)]
    Task OnProgressAsync(ProgressNotification? notification = null, CancellationToken cancellationToken = default);
}
