using System.Globalization;

namespace OpenClaw.Rpc.Logging;

/// <summary>
/// Text log to stderr (or a file). Never stdout: stdout carries protocol frames only. Every line passes
/// through the redactor, so a secret that reaches a message is still not written.
/// </summary>
internal sealed class RuntimeLog
{
    private readonly TextWriter _writer;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Creates a log writing to <paramref name="writer"/>.</summary>
    public RuntimeLog(TextWriter writer, LogLevel level, SecretRedactor redactor, TimeProvider time)
    {
        _writer = writer;
        Level = level;
        _redactor = redactor;
        _time = time;
    }

    /// <summary>The most verbose level written.</summary>
    public LogLevel Level { get; }

    /// <summary>Writes <paramref name="message"/> when <paramref name="level"/> is enabled.</summary>
    public void Write(LogLevel level, string message)
    {
        if (level > Level)
        {
            return;
        }

        string line = string.Create(CultureInfo.InvariantCulture,
            $"{_time.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ} {Name(level)} {_redactor.Redact(message)}");
        lock (_lock)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    /// <summary>Writes at <see cref="LogLevel.Error"/>.</summary>
    public void Error(string message) => Write(LogLevel.Error, message);

    /// <summary>Writes at <see cref="LogLevel.Warn"/>.</summary>
    public void Warn(string message) => Write(LogLevel.Warn, message);

    /// <summary>Writes at <see cref="LogLevel.Info"/>.</summary>
    public void Info(string message) => Write(LogLevel.Info, message);

    /// <summary>Writes at <see cref="LogLevel.Debug"/>.</summary>
    public void Debug(string message) => Write(LogLevel.Debug, message);

    private static string Name(LogLevel level) => level switch
    {
        LogLevel.Error => "error",
        LogLevel.Warn => "warn",
        LogLevel.Info => "info",
        _ => "debug",
    };
}
