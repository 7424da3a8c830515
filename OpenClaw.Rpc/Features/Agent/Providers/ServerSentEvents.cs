using System.Runtime.CompilerServices;
using System.Text;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>One server-sent event: its <c>event:</c> name (empty when none) and its <c>data:</c> lines joined by newlines.</summary>
internal readonly record struct ServerSentEvent(string Event, string Data);

/// <summary>Reads <c>text/event-stream</c>: events end at a blank line, <c>:</c> lines are comments, an unfinished event at the end is dropped.</summary>
internal static class ServerSentEvents
{
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 8192, leaveOpen: true);
        string name = string.Empty;
        var data = new StringBuilder();
        bool any = false;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                {
                    yield return new ServerSentEvent(name, data.ToString());
                }

                name = string.Empty;
                data.Clear();
                any = false;
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? string.Empty : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                if (any)
                {
                    data.Append('\n');
                }

                data.Append(value);
                any = true;
            }
        }
    }
}
