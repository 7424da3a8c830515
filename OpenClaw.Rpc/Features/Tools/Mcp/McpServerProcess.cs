using System.ComponentModel;
using System.Diagnostics;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// One stdio MCP server process. It gets the runtime's environment without its secrets plus only its own
/// <see cref="McpServerOptions.Env"/>, runs in its <see cref="McpServerOptions.Cwd"/>, is contained like every child
/// (<see cref="ChildContainment"/>) and stays in the <see cref="ChildProcessRegistry"/> while it runs, so the host's
/// shutdown kills its tree whatever ends the runtime. Stopping closes its stdin, waits at most
/// <see cref="StopGrace"/>, then kills the tree: a server that ignores the end of its input costs one second.
/// </summary>
internal sealed class McpServerProcess : IAsyncDisposable
{
    /// <summary>How long a server may take to exit once its stdin is closed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly Process _process;
    private readonly ChildProcessRegistry _children;
    private readonly bool _ownProcessGroup;
    private readonly TimeProvider _time;
    private int _stopping;

    private McpServerProcess(Process process, ChildProcessRegistry children, bool ownProcessGroup, TimeProvider time)
    {
        _process = process;
        _children = children;
        _ownProcessGroup = ownProcessGroup;
        _time = time;
        Id = process.Id;
        Stderr = new McpStderrTail(process.StandardError.BaseStream);
        Exited = WatchExitAsync();
    }

    public int Id { get; }

    /// <summary>The server's stdin: where requests go.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>The server's stdout: where answers come from.</summary>
    public Stream Output => _process.StandardOutput.BaseStream;

    public McpStderrTail Stderr { get; }

    /// <summary>Completes once the process has exited and whatever it left in its process group was killed.</summary>
    public Task Exited { get; }

    /// <summary>The exit code, once <see cref="Exited"/> has completed.</summary>
    public int? ExitCode { get; private set; }

    /// <exception cref="McpServerException">The command or the working directory cannot be used, or the start failed.</exception>
    public static async Task<McpServerProcess> StartAsync(McpServerOptions options, ChildContainment containment, ChildProcessRegistry children,
        SecretRedactor secrets, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        string command = options.Command is { Length: > 0 } given ? given : throw new McpServerException("it has no command");
        string? cwd = options.Cwd is { Length: > 0 } dir ? Path.GetFullPath(dir) : null;
        if (cwd is not null && !Directory.Exists(cwd))
        {
            throw new McpServerException($"its working directory does not exist: {cwd}");
        }

        // A relative path is taken from the server's own working directory, as a shell started there would.
        bool relativePath = command.Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(command);
        ResolvedExecutable executable = ExecutableResolver.Resolve(relativePath && cwd is not null ? Path.Combine(cwd, command) : command);
        if (!executable.Found)
        {
            throw new McpServerException($"cannot start {command}: {executable.Problem}");
        }

        ProcessStartInfo start = containment.StartInfo(new ProcessSpec { FileName = executable.Path!, Arguments = options.Args });
        if (cwd is not null)
        {
            start.WorkingDirectory = cwd;
        }

        ChildEnvironment.Scrub(start.Environment, secrets);
        foreach ((string name, string value) in options.Env)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        try
        {
            if (containment.ParentDeathSignal)
            {
                await ChildStarter.StartAsync(process).ConfigureAwait(false);
            }
            else
            {
                process.Start();
            }
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new McpServerException($"cannot start {command}: {e.Message}");
        }

        children.Add(process, containment.OwnProcessGroup);
        return new McpServerProcess(process, children, containment.OwnProcessGroup, time);
    }

    /// <summary>Closes stdin, waits at most <see cref="StopGrace"/> for the exit, then kills the tree; bounded however the server behaves.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 0)
        {
            try
            {
                _process.StandardInput.Close();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // Its stdin is already gone: the process exited or is exiting.
            }

            await Exited.WaitAsync(StopGrace, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

            // Even after a clean exit: a grandchild may still run in its group.
            ProcessTree.Kill(_process, _ownProcessGroup);
        }

        await Exited.WaitAsync(StopGrace, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (Exited.IsCompleted)
        {
            _process.Dispose();
        }
    }

    private async Task WatchExitAsync()
    {
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        ExitCode = _process.ExitCode;
        if (_ownProcessGroup)
        {
            ProcessTree.KillGroup(_process);
        }

        _children.Remove(_process);
    }
}
