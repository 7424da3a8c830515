using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Hosting;
using OsProcess = System.Diagnostics.Process;

namespace OpenClaw.Tests.Support;

/// <summary>A real openclaw-core/openclaw-edge process over stdio, with every stdout byte kept for hygiene checks.</summary>
internal sealed class RuntimeProcess : IRawConnection, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly OsProcess _process;
    private readonly FrameReader _reader;
    private readonly MemoryStream _stdoutCopy = new();
    private readonly StringBuilder _stderr = new();
    private readonly TempDirectory _stateDir = new();

    private RuntimeProcess(RuntimeTrack track, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, IReadOnlyList<string>? launcher = null)
    {
        ProcessStartInfo start = RuntimeStartInfo.Create(track, args, _stateDir.Path, environment);
        if (launcher is { Count: > 0 })
        {
            start.ArgumentList.Insert(0, start.FileName);
            for (int i = launcher.Count - 1; i > 0; i--)
            {
                start.ArgumentList.Insert(0, launcher[i]);
            }

            start.FileName = launcher[0];
        }

        _process = OsProcess.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        var pipe = new Pipe();
        _ = CopyStdoutAsync(_process.StandardOutput.BaseStream, pipe.Writer);
        _reader = new FrameReader(pipe.Reader, int.MaxValue);
    }

    public int Id => _process.Id;

    public string StateDir => _stateDir.Path;

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public byte[] StdoutBytes
    {
        get
        {
            lock (_stdoutCopy)
            {
                return _stdoutCopy.ToArray();
            }
        }
    }

    public static RuntimeProcess Start(RuntimeTrack track, IEnumerable<string>? args = null, IReadOnlyDictionary<string, string>? environment = null) =>
        new(track, args ?? [], environment);

    /// <summary>The binary started by <paramref name="launcher"/> (a program and its options that execs it, such as <c>prlimit --fsize=N</c>).</summary>
    public static RuntimeProcess StartThrough(IReadOnlyList<string> launcher, RuntimeTrack track, IEnumerable<string>? args = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        new(track, args ?? [], environment, launcher);

    public async Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        await _process.StandardInput.BaseStream.WriteAsync(bytes, cancellationToken);
        await _process.StandardInput.BaseStream.FlushAsync(cancellationToken);
    }

    public Task SendAsync(string json, Framing framing, CancellationToken cancellationToken = default) =>
        SendRawAsync(FrameWriter.Frame(Encoding.UTF8.GetBytes(json), framing), cancellationToken);

    /// <summary>The next frame on stdout, bounded by the caller's token, or by <see cref="Timeout"/> when there is none.</summary>
    public async Task<JsonElement> ReadAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!cancellationToken.CanBeCanceled)
        {
            timeout.CancelAfter(Timeout);
        }

        InboundFrame frame = await _reader.ReadAsync(timeout.Token);
        Assert.That(frame.Kind, Is.EqualTo(FrameKind.Message), $"expected a frame; stderr: {Stderr}");
        using JsonDocument document = JsonDocument.Parse(frame.Payload);
        return document.RootElement.Clone();
    }

    /// <summary>The next frame, or null once stdout has ended or broke off mid-frame (the process exited or was killed).</summary>
    public async Task<JsonElement?> ReadOrEndAsync(CancellationToken cancellationToken)
    {
        InboundFrame frame = await _reader.ReadAsync(cancellationToken);
        if (frame.Kind != FrameKind.Message)
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(frame.Payload);
        return document.RootElement.Clone();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>The exit code, once the process has exited <paramref name="within"/> (else the caller's token, else <see cref="Timeout"/>).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? within = null, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (within is not null || !cancellationToken.CanBeCanceled)
        {
            timeout.CancelAfter(within ?? Timeout);
        }

        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stateDir.Dispose();
    }

    private async Task CopyStdoutAsync(Stream stdout, PipeWriter writer)
    {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = await stdout.ReadAsync(buffer)) > 0)
        {
            lock (_stdoutCopy)
            {
                _stdoutCopy.Write(buffer, 0, read);
            }

            await writer.WriteAsync(buffer.AsMemory(0, read));
        }

        await writer.CompleteAsync();
    }
}
