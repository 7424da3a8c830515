using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenClaw.Rpc.Features.Agent.Providers;

/// <summary>
/// The tools a request offers: the <see cref="AIFunctionDeclaration"/>s in <see cref="ChatOptions.Tools"/>, or null
/// when there are none, so the body then has no <c>tools</c> key at all and reads as it did before tools existed.
/// </summary>
internal static class OfferedTools
{
    /// <summary>
    /// What a tool without an object schema offers: both APIs want an object schema, and a tool that declares none takes
    /// no arguments.
    /// </summary>
    private static readonly JsonElement NoParameters = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{}}").RootElement.Clone();

    public static IReadOnlyList<AIFunctionDeclaration>? From(ChatOptions? options) =>
        options?.Tools?.OfType<AIFunctionDeclaration>().ToList() is { Count: > 0 } tools ? tools : null;

    /// <summary>The tool's input schema (for MCP tools, the server's <c>inputSchema</c>).</summary>
    public static JsonElement Schema(AIFunctionDeclaration tool) =>
        tool.JsonSchema.ValueKind == JsonValueKind.Object ? tool.JsonSchema : NoParameters;

    public static string? Description(AIFunctionDeclaration tool) => string.IsNullOrEmpty(tool.Description) ? null : tool.Description;
}
