using System.Text.Json;

namespace OpenClaw.Tests.Support;

/// <summary>A client's view of the runtime: raw bytes in, whole frames out. In-memory or a real process.</summary>
internal interface IRawConnection
{
    Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken = default);

    Task<JsonElement> ReadAsync(CancellationToken cancellationToken = default);
}
