using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// Tool calls arriving in pieces, keyed by the index the provider gives each: the id and name come with a call's first
/// piece, its arguments as a JSON string in any number of fragments, pieces of several calls possibly interleaved.
/// Bounded: a stream may start at most <see cref="MaxCalls"/> calls with at most <see cref="MaxArgumentChars"/>
/// characters of arguments each, so a server that never stops a call cannot make the runtime buffer without bound.
/// </summary>
internal sealed class StreamedToolCalls(string provider)
{
    public const int MaxCalls = 128;

    public const int MaxArgumentChars = 1024 * 1024;

    private readonly SortedDictionary<long, Pending> _pending = [];
    private int _started;

    /// <summary>Whether any call was started in this stream (finished or not).</summary>
    public bool Any => _started > 0;

    /// <summary>Adds a piece of call <paramref name="index"/>: any of its id, name and arguments fragment.</summary>
    public void Add(long index, string? id, string? name, string? arguments)
    {
        if (!_pending.TryGetValue(index, out Pending? call))
        {
            if (++_started > MaxCalls)
            {
                throw ProviderFailure.Permanent($"{provider} streamed more than {MaxCalls} tool calls in one answer");
            }

            call = new Pending();
            _pending[index] = call;
        }

        call.Id ??= string.IsNullOrEmpty(id) ? null : id;
        call.Name ??= string.IsNullOrEmpty(name) ? null : name;
        if (!string.IsNullOrEmpty(arguments))
        {
            if (call.Arguments.Length + arguments.Length > MaxArgumentChars)
            {
                throw ProviderFailure.Permanent($"{provider} streamed tool call arguments over {MaxArgumentChars / (1024 * 1024)} MiB");
            }

            call.Arguments.Append(arguments);
        }
    }

    /// <summary>Call <paramref name="index"/>, now complete, or null when no call has that index (a text block's).</summary>
    public FunctionCallContent? Complete(long index) =>
        _pending.Remove(index, out Pending? call) ? call.ToContent(provider, index) : null;

    /// <summary>Every call not yet completed, in index order (the answer is finished).</summary>
    public IReadOnlyList<FunctionCallContent> CompleteAll()
    {
        List<FunctionCallContent> calls = [.. _pending.Select(p => p.Value.ToContent(provider, p.Key))];
        _pending.Clear();
        return calls;
    }

    private sealed class Pending
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public StringBuilder Arguments { get; } = new();

        // Some local servers send no call id; the id only pairs a result with its call, so the index serves.
        public FunctionCallContent ToContent(string provider, long index) => ToolArguments.Call(
            Id ?? string.Create(CultureInfo.InvariantCulture, $"call_{index}"),
            Name ?? throw ProviderFailure.Permanent($"{provider} streamed a tool call without a name"),
            Arguments.ToString());
    }
}
