using System.Diagnostics;
using System.Globalization;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Stops the runtime when the process that started it dies, even if that process leaked our stdin to a
/// grandchild (so no EOF ever comes). Polls four times a second to keep the 1 s exit promise.
/// </summary>
internal sealed class ParentWatchdog(TimeProvider time, RuntimeLog log) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly List<ITimer> _timers = [];

    public void Watch(int pid, SessionStop stop)
    {
        log.Debug($"watching parent process {pid}");
        ITimer? timer = null;
        timer = time.CreateTimer(_ =>
        {
            if (!IsAlive(pid))
            {
                log.Info($"parent process {pid} is gone; shutting down");
                timer?.Dispose();
                stop.Request($"parent process {pid} is gone");
            }
        }, null, TimeSpan.Zero, Interval);
        lock (_timers)
        {
            _timers.Add(timer);
        }
    }

    public void Dispose()
    {
        lock (_timers)
        {
            _timers.ForEach(t => t.Dispose());
            _timers.Clear();
        }
    }

    internal static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            // A dead but not yet reaped parent is a zombie: /proc still lists it, with state Z.
            try
            {
                string stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
                int close = stat.LastIndexOf(')');
                char state = close >= 0 && close + 2 < stat.Length ? stat[close + 2] : 'R';
                return state is not ('Z' or 'X');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
