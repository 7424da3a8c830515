using System.Globalization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Timestamps in session files and answers: ISO-8601 UTC with milliseconds, e.g. 2025-05-01T09:30:00.000Z.</summary>
internal static class SessionTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>The suffix of an archived transcript: <c>yyyyMMddTHHmmssfffZ</c>.</summary>
    public static string ArchiveStamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
}
