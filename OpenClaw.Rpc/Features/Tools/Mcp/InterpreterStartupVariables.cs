namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// Environment variables a server's <c>env</c> may not set: each makes an interpreter, a shell, the dynamic loader or a
/// runtime load or run code of the variable's choosing before the server's own code starts (preloaded libraries,
/// startup scripts, module search paths, injected options). A config that can set them turns "run this MCP server"
/// into "run anything", and hides it from anyone reading <c>command</c> and <c>args</c>; so they are refused at
/// start-up, whatever their case (Windows reads variable names without case).
/// </summary>
internal static class InterpreterStartupVariables
{
    /// <summary>The reason given with the refused key.</summary>
    public const string Reason = "refused: an interpreter-startup variable makes the server's interpreter or loader run other code first; remove it";

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Node.js
        "NODE_OPTIONS", "NODE_PATH", "NODE_REPL_EXTERNAL_MODULE",
        // Python
        "PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONUSERBASE", "PYTHONINSPECT", "PYTHONBREAKPOINT",
        // Perl, Ruby, PHP, Lua
        "PERL5OPT", "PERL5LIB", "PERLLIB", "PERL5DB", "RUBYOPT", "RUBYLIB", "PHPRC", "PHP_INI_SCAN_DIR", "LUA_INIT", "LUA_PATH", "LUA_CPATH",
        // Shells: startup files and options, traced prompts that expand commands
        "BASH_ENV", "ENV", "BASHOPTS", "SHELLOPTS", "PS4", "PROMPT_COMMAND", "ZDOTDIR",
        // The dynamic loader and glibc's loadable modules
        "LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "GCONV_PATH",
        // JVM and .NET
        "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "DOTNET_STARTUP_HOOKS", "DOTNET_ADDITIONAL_DEPS", "CORECLR_ENABLE_PROFILING",
    };

    /// <summary>Whole families: macOS's loader (<c>DYLD_INSERT_LIBRARIES</c> ...), CLR profilers, exported bash functions that replace commands.</summary>
    private static readonly string[] Prefixes = ["DYLD_", "CORECLR_PROFILER", "COR_PROFILER", "BASH_FUNC_"];

    /// <summary>Whether <paramref name="name"/> may not be set in a server's <c>env</c>.</summary>
    public static bool IsRefused(string name) =>
        Names.Contains(name) || Prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
