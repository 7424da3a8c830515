// ./build.sh bench: spawns the published NativeAOT openclaw-core and prints start-up, memory, throughput
// and latency figures as a table. Figures, not assertions: this machine is shared and noisy.
using System.Diagnostics;
using System.Globalization;
using System.Text;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: bench.cs <path to openclaw-core>");
    return 64;
}

string binary = Path.GetFullPath(args[0]);
const int ColdRuns = 10;
const int Requests = 20_000;
const int Pipelined = 64;

var cold = new List<double>();
for (int i = 0; i < ColdRuns; i++)
{
    cold.Add(await ColdStartAsync(binary));
}

await using var server = Server.Start(binary);
await server.CallAsync("initialize");
long idleRss = server.ReadStatus("VmRSS");
long idleAnon = server.ReadStatus("RssAnon");
(double seqRate, double seqP50, double seqP99) = await server.SequentialAsync(Requests);
(double pipeRate, double pipeP50, double pipeP99) = await server.PipelinedAsync(Requests, Pipelined);
long peakRss = server.ReadStatus("VmHWM");
await server.StopAsync();

var rows = new (string Metric, string Value, string Target)[]
{
    ("binary size", $"{new FileInfo(binary).Length / 1048576.0:F1} MB", "-"),
    ($"cold start to initialize reply (median of {ColdRuns})", $"{Median(cold):F1} ms (min {cold.Min():F1}, max {cold.Max():F1})", "<= 25 ms"),
    ("idle RSS after initialize", $"{idleRss / 1024.0:F1} MB", "<= 10 MB"),
    ("  of which private (RssAnon; the rest is the mapped binary)", $"{idleAnon / 1024.0:F1} MB", "-"),
    ($"peak RSS after {2 * Requests:N0} requests", $"{peakRss / 1024.0:F1} MB", "<= 15 MB"),
    ($"sequential health ({Requests:N0})", $"{seqRate:N0} req/s, p50 {seqP50:F3} ms, p99 {seqP99:F3} ms", "-"),
    ($"pipelined health ({Requests:N0}, {Pipelined} in flight)", $"{pipeRate:N0} req/s, p50 {pipeP50:F3} ms, p99 {pipeP99:F3} ms", ">= 60,000 req/s"),
};
int width = rows.Max(r => r.Metric.Length);
int valueWidth = rows.Max(r => r.Value.Length);
Console.WriteLine($"openclaw-core benchmark ({binary}, {Environment.ProcessorCount} cores)");
Console.WriteLine($"{"metric".PadRight(width)} | {"measured".PadRight(valueWidth)} | target");
Console.WriteLine($"{new string('-', width)}-|-{new string('-', valueWidth)}-|-------");
foreach ((string metric, string value, string target) in rows)
{
    Console.WriteLine($"{metric.PadRight(width)} | {value.PadRight(valueWidth)} | {target}");
}

return 0;

static async Task<double> ColdStartAsync(string binary)
{
    var clock = Stopwatch.StartNew();
    await using var server = Server.Start(binary);
    await server.CallAsync("initialize");
    double elapsed = clock.Elapsed.TotalMilliseconds;
    await server.StopAsync();
    return elapsed;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

sealed class Server : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly StreamReader _stdout;
    private int _nextId;

    private Server(Process process)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _stdout = process.StandardOutput;
    }

    public static Server Start(string binary)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OPENCLAW_STATE_DIR"] = Path.Combine(Path.GetTempPath(), "openclaw-bench");
        start.Environment["OPENCLAW_LOG_LEVEL"] = "error";
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new Server(process);
    }

    public async Task CallAsync(string method)
    {
        await SendAsync(++_nextId, method);
        await _stdout.ReadLineAsync();
    }

    public async Task<(double Rate, double P50, double P99)> SequentialAsync(int count)
    {
        var latencies = new double[count];
        var total = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            await SendAsync(++_nextId, "health");
            await _stdout.ReadLineAsync();
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return (count / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    public async Task<(double Rate, double P50, double P99)> PipelinedAsync(int count, int window)
    {
        int firstId = _nextId + 1;
        var sentAt = new long[count];
        var latencies = new double[count];
        using var slots = new SemaphoreSlim(window, window);
        var total = Stopwatch.StartNew();
        Task reader = Task.Run(async () =>
        {
            for (int i = 0; i < count; i++)
            {
                string line = (await _stdout.ReadLineAsync())!;
                int at = line.IndexOf("\"id\":", StringComparison.Ordinal) + 5;
                int end = line.IndexOf(',', at);
                int index = int.Parse(line.AsSpan(at, end - at), CultureInfo.InvariantCulture) - firstId;
                latencies[index] = Stopwatch.GetElapsedTime(sentAt[index]).TotalMilliseconds;
                slots.Release();
            }
        });
        for (int i = 0; i < count; i++)
        {
            await slots.WaitAsync();
            sentAt[i] = Stopwatch.GetTimestamp();
            await SendAsync(firstId + i, "health");
        }

        await reader;
        _nextId += count;
        return (count / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    public long ReadStatus(string field)
    {
        foreach (string line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public async Task StopAsync()
    {
        await SendAsync(++_nextId, "shutdown");
        await _stdout.ReadLineAsync();
        await _stdin.WriteAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}\n"u8.ToArray());
        await _stdin.FlushAsync();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task SendAsync(int id, string method)
    {
        byte[] line = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\"}}\n");
        await _stdin.WriteAsync(line);
        await _stdin.FlushAsync();
    }

    private static double Percentile(double[] values, double p)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
    }
}
