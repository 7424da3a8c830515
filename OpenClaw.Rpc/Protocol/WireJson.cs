using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// How JSON is written on the wire. The relaxed encoder keeps quotes and apostrophes readable in messages;
/// the output is never embedded in HTML, which is what the default encoder guards against.
/// </summary>
internal static class WireJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };
}
