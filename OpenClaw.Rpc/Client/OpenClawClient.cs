using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Diagnostics;
using OpenClaw.Rpc.Features.Metrics;
using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Features.System;
using OpenClaw.Rpc.Features.Tts;
using OpenClaw.Rpc.Features.Voice;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;
using StreamJsonRpc.Reflection;

namespace OpenClaw.Rpc.Client;

/// <summary>
/// A runtime binary started as a child and spoken to over its stdio, for .NET embedders. Calls go through typed proxies
/// of the same contracts the runtime registers (<c>client.Get&lt;IHealth&gt;().InvokeAsync()</c>); errors arrive as
/// <see cref="RemoteInvocationException"/> with <see cref="RpcErrorData"/> as their data. Disposing sends
/// <c>shutdown</c> and <c>exit</c> and kills the runtime if it has not ended within <see cref="OpenClawClientOptions.ShutdownTimeout"/>.
/// </summary>
public sealed class OpenClawClient : IAsyncDisposable
{
    private static readonly JsonElement ApprovalsCapability = JsonElement.Parse("{\"approvals\":true}");

    private readonly Process _process;
    private readonly ByNameJsonRpc _rpc;
    private readonly ProgressRouter _progress;
    private readonly TimeSpan _shutdownTimeout;

    private OpenClawClient(Process process, ByNameJsonRpc rpc, ProgressRouter progress, TimeSpan shutdownTimeout)
    {
        _process = process;
        _rpc = rpc;
        _progress = progress;
        _shutdownTimeout = shutdownTimeout;
    }

    /// <summary>What the runtime answered to <c>initialize</c>: its track, version and methods.</summary>
    public InitializeResult Server { get; private set; } = null!;

    /// <summary>The runtime's exit code once it has ended.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>
    /// Starts the binary at <paramref name="pathToBinary"/>, sends <c>initialize</c> with this process's id (the runtime
    /// exits within a second of this process's death) and then <c>initialized</c>.
    /// </summary>
    public static async Task<OpenClawClient> StartAsync(string pathToBinary, OpenClawClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathToBinary);
        options ??= new OpenClawClientOptions();
        var start = new ProcessStartInfo(pathToBinary)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string key, string value) in options.Environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        await ChildStarter.StartAsync(process).ConfigureAwait(false);
        var formatter = new RpcFormatterFactory(Resolvers()).Create();
        var progress = new ProgressRouter();
        var rpc = new ByNameJsonRpc(new ProgressFirstMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter, progress),
            ((SystemTextJsonFormatter)formatter).JsonSerializerOptions);
        if (options.OnApproval is { } onApproval)
        {
            rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape(ShapeOf<IApprovalRequests>()), new ApprovalResponder(onApproval), null);
        }

        rpc.StartListening();
        var client = new OpenClawClient(process, rpc, progress, options.ShutdownTimeout);
        try
        {
            client.Server = await client.Get<IInitialize>().InvokeAsync(new InitializeParams
            {
                ProcessId = Environment.ProcessId,
                ClientInfo = new ClientInfo(options.ClientName, typeof(OpenClawClient).Assembly.GetName().Version?.ToString()),
                ProtocolVersions = ["1.0"],
                Capabilities = options.OnApproval is null ? null : ApprovalsCapability,
            }, cancellationToken).ConfigureAwait(false);
            await rpc.NotifyAsync("initialized").ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A typed proxy of one of the runtime's contracts, for example <c>IHealth</c>, <c>IAgentRun</c> or <c>ITtsConvert</c>.</summary>
    public TContract Get<TContract>()
        where TContract : class =>
        // The source-generated proxy of the contract's [JsonRpcContract]; JsonRpc.Attach would fall back to emitting IL.
        (TContract)ProxyBase.CreateProxy(_rpc, new ProxyInputs { ContractInterface = typeof(TContract) }, startOrFail: false);

    /// <summary>A <c>progressToken</c> whose streamed values go to <paramref name="progress"/>; dispose it when the request is answered.</summary>
    public ProgressSubscription Progress(IProgress<ProgressValue> progress) => _progress.Add(progress);

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>, waits for the runtime to end and kills it when it does not in time.</summary>
    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(_shutdownTimeout);
        try
        {
            if (!_process.HasExited)
            {
                await Get<IShutdown>().InvokeAsync(null, deadline.Token).ConfigureAwait(false);
                await _rpc.NotifyAsync("exit").ConfigureAwait(false);
            }

            await _process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or RemoteInvocationException or ConnectionLostException or ObjectDisposedException or IOException)
        {
            // A runtime that does not end by itself is killed below.
        }

        if (!_process.HasExited)
        {
            ProcessTree.Kill(_process, ownProcessGroup: false);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        ExitCode = _process.ExitCode;
        _rpc.Dispose();
        _process.Dispose();
    }

    private static ITypeShape ShapeOf<T>()
        where T : IShapeable<T> => T.GetTypeShape();

    private static IEnumerable<IJsonTypeInfoResolver> Resolvers() =>
    [
        ProtocolJsonContext.Default, SystemJsonContext.Default, TtsJsonContext.Default, VoiceJsonContext.Default, AgentJsonContext.Default,
        SessionsJsonContext.Default, DiagnosticsJsonContext.Default, MetricsJsonContext.Default, ClientJsonContext.Default,
    ];
}
