using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Tests.Client;

/// <summary>
/// Writes protocol/clients/typescript/index.d.ts and index.js from the OpenRPC document: a type per named schema, params
/// and result per method, the notifications of <c>x-notifications</c>, the requests the client answers
/// (<c>x-openclaw-client-methods</c>), and a thin typed wrapper over a vscode-jsonrpc
/// <c>MessageConnection</c> with one function per method.
/// </summary>
internal static class TypeScriptClientSource
{
    private const string Header = "// Generated from protocol/openclaw.openrpc.json by OpenClaw.Tests (TypeScriptClientTests); do not edit.\n"
        + "// OPENCLAW_UPDATE_CLIENTS=1 dotnet test OpenClaw.Tests --filter TypeScriptClient rewrites it.\n";

    public static string Declarations(JsonElement document)
    {
        var ts = new StringBuilder(Header);
        ts.Append("import type { CancellationToken, Disposable, MessageConnection } from 'vscode-jsonrpc';\n");
        foreach (JsonProperty schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            ts.Append('\n').Append(Doc(schema.Value, "")).Append(CultureInfo.InvariantCulture, $"export type {schema.Name} = {Type(schema.Value, "")};\n");
        }

        var methods = document.GetProperty("methods").EnumerateArray().ToArray();
        foreach (JsonElement method in methods)
        {
            ts.Append(CultureInfo.InvariantCulture, $"\n/** Params of `{Name(method)}`. */\nexport interface {Pascal(Name(method))}Params {Members(method.GetProperty("params"), "")}\n");
        }

        ts.Append("\n/** Every method: its params and its result. */\nexport interface Methods {\n");
        foreach (JsonElement method in methods)
        {
            ts.Append(CultureInfo.InvariantCulture, $"  '{Name(method)}': {{ params: {Pascal(Name(method))}Params; result: {Type(method.GetProperty("result").GetProperty("schema"), "  ")} }};\n");
        }

        ts.Append("}\n\nexport type MethodName = keyof Methods;\n");
        foreach (string direction in new[] { "clientToServer", "serverToClient" })
        {
            ts.Append(direction == "clientToServer" ? "\n/** Notifications the client sends. */\nexport interface ClientNotifications {\n" : "\n/** Notifications the runtime sends. */\nexport interface ServerNotifications {\n");
            foreach (JsonElement notification in document.GetProperty("x-notifications").EnumerateArray().Where(n => n.GetProperty("direction").GetString() == direction))
            {
                ts.Append(Doc(notification, "  ")).Append(CultureInfo.InvariantCulture, $"  '{Name(notification)}': {Members(notification.GetProperty("params"), "  ")};\n");
            }

            ts.Append("}\n");
        }

        ts.Append("\n/** Requests the runtime sends to its client (x-openclaw-client-methods): their params and the result the client answers. */\n");
        ts.Append("export interface ServerRequests {\n");
        foreach (JsonElement request in ClientMethods(document))
        {
            ts.Append(Doc(request, "  ")).Append(CultureInfo.InvariantCulture,
                $"  '{Name(request)}': {{ params: {Members(request.GetProperty("params"), "    ")}; result: {Type(request.GetProperty("result").GetProperty("schema"), "    ")} }};\n");
        }

        ts.Append("}\n");
        ts.Append("\n/** A typed view of a vscode-jsonrpc connection to the runtime. */\nexport declare class OpenClawConnection {\n");
        ts.Append("  constructor(connection: MessageConnection);\n  readonly connection: MessageConnection;\n");
        ts.Append("  request<M extends MethodName>(method: M, params?: Methods[M]['params'], token?: CancellationToken): Promise<Methods[M]['result']>;\n");
        ts.Append("  notify<N extends keyof ClientNotifications>(method: N, params: ClientNotifications[N]): Promise<void>;\n");
        ts.Append("  onProgress(handler: (params: ServerNotifications['$/progress']) => void): Disposable;\n");
        ts.Append("  /** Answers a request the runtime sends; declare it in initialize's capabilities (approvals: true for agent.requestApproval). */\n");
        ts.Append("  onRequest<R extends keyof ServerRequests>(method: R, handler: (params: ServerRequests[R]['params'], token: CancellationToken) => "
            + "ServerRequests[R]['result'] | Promise<ServerRequests[R]['result']>): Disposable;\n");
        foreach (JsonElement method in methods)
        {
            string optional = method.GetProperty("params").EnumerateArray().Any(Required) ? "" : "?";
            ts.Append(Doc(method, "  ")).Append(CultureInfo.InvariantCulture,
                $"  {Camel(Name(method))}(params{optional}: {Pascal(Name(method))}Params, token?: CancellationToken): Promise<Methods['{Name(method)}']['result']>;\n");
        }

        ts.Append("}\n");
        return ts.ToString();
    }

    public static string Wrapper(JsonElement document)
    {
        var js = new StringBuilder(Header);
        js.Append("'use strict';\n\nclass OpenClawConnection {\n  constructor(connection) {\n    this.connection = connection;\n  }\n\n");
        js.Append("  request(method, params, token) {\n    return token === undefined\n      ? this.connection.sendRequest(method, params ?? {})\n      : this.connection.sendRequest(method, params ?? {}, token);\n  }\n\n");
        js.Append("  notify(method, params) {\n    return this.connection.sendNotification(method, params);\n  }\n\n");
        js.Append("  onProgress(handler) {\n    return this.connection.onNotification('$/progress', handler);\n  }\n\n");
        js.Append("  onRequest(method, handler) {\n    return this.connection.onRequest(method, handler);\n  }\n");
        foreach (JsonElement method in document.GetProperty("methods").EnumerateArray())
        {
            js.Append(CultureInfo.InvariantCulture, $"\n  {Camel(Name(method))}(params, token) {{\n    return this.request('{Name(method)}', params, token);\n  }}\n");
        }

        js.Append("}\n\nexports.OpenClawConnection = OpenClawConnection;\n");
        return js.ToString();
    }

    private static IEnumerable<JsonElement> ClientMethods(JsonElement document) =>
        document.TryGetProperty("x-openclaw-client-methods", out JsonElement methods) ? methods.EnumerateArray() : [];

    private static string Type(JsonElement schema, string indent)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        if (schema.TryGetProperty("enum", out JsonElement values))
        {
            return string.Join(" | ", values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? $"'{v.GetString()}'" : v.GetRawText()));
        }

        if (!schema.TryGetProperty("type", out JsonElement type))
        {
            return "unknown";
        }

        string[] types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
        return string.Join(" | ", types.Select(t => t switch
        {
            "string" => "string",
            "integer" or "number" => "number",
            "boolean" => "boolean",
            "null" => "null",
            "array" => schema.TryGetProperty("items", out JsonElement items) ? $"Array<{Type(items, indent)}>" : "unknown[]",
            "object" => Object(schema, indent),
            _ => "unknown",
        }));
    }

    private static string Object(JsonElement schema, string indent)
    {
        string[] required = schema.TryGetProperty("required", out JsonElement r) ? [.. r.EnumerateArray().Select(x => x.GetString()!)] : [];
        if (!schema.TryGetProperty("properties", out JsonElement properties))
        {
            return "{ " + string.Concat(required.Select(n => $"{n}: unknown; ")) + "[member: string]: unknown }";
        }

        var members = new StringBuilder("{\n");
        foreach (JsonProperty property in properties.EnumerateObject())
        {
            string optional = required.Contains(property.Name) ? "" : "?";
            members.Append(Doc(property.Value, indent + "  ")).Append(CultureInfo.InvariantCulture, $"{indent}  {Key(property.Name)}{optional}: {Type(property.Value, indent + "  ")};\n");
        }

        return members.Append(indent).Append('}').ToString();
    }

    private static string Members(JsonElement descriptors, string indent)
    {
        if (descriptors.GetArrayLength() == 0)
        {
            return "{}";
        }

        var members = new StringBuilder("{\n");
        foreach (JsonElement descriptor in descriptors.EnumerateArray())
        {
            members.Append(Doc(descriptor, indent + "  ")).Append(CultureInfo.InvariantCulture,
                $"{indent}  {Name(descriptor)}{(Required(descriptor) ? "" : "?")}: {Type(descriptor.GetProperty("schema"), indent + "  ")};\n");
        }

        return members.Append(indent).Append('}').ToString();
    }

    private static string Doc(JsonElement element, string indent)
    {
        string? text = element.TryGetProperty("description", out JsonElement d) ? d.GetString()
            : element.TryGetProperty("summary", out JsonElement s) ? s.GetString() : null;
        return text is null ? "" : $"{indent}/** {text.Replace("*/", "* /", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)} */\n";
    }

    private static string Key(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0]) ? name : $"'{name}'";

    private static bool Required(JsonElement descriptor) => descriptor.TryGetProperty("required", out JsonElement r) && r.GetBoolean();

    private static string Name(JsonElement element) => element.GetProperty("name").GetString()!;

    private static string Pascal(string method) => string.Concat(method.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Camel(string method) => char.ToLowerInvariant(Pascal(method)[0]) + Pascal(method)[1..];
}
