// ./build.sh bench: spawns the published NativeAOT openclaw-core and prints start-up, memory, throughput
// and latency figures as a table, the agent runtime's overhead against a local fake LLM server, and the same in
// ACP mode (openclaw-core acp, as an editor runs it).
// Figures, not assertions: this machine is shared and noisy.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

if (args.Length == 0 || args.Any(a => !a.StartsWith("--", StringComparison.Ordinal) && !File.Exists(Column.BinaryOf(a))))
{
    Console.Error.WriteLine("usage: bench.cs <openclaw-core> [more binaries to compare: openclaw-edge, openclaw-transport, an older build...; "
        + "<binary>+mcp runs it with an mcp section in its config] | <binary> --soak SECONDS");
    return 64;
}

if (args is [string soakBinary, "--soak", string soakSeconds])
{
    return await Soak.RunAsync(Path.GetFullPath(soakBinary), TimeSpan.FromSeconds(int.Parse(soakSeconds, CultureInfo.InvariantCulture)));
}

// A column is a binary, or "<binary>+mcp": the same binary with MCP servers configured (none is started at start-up).
string[] binaries = [.. args.Select(a => a.EndsWith(Column.McpSuffix, StringComparison.Ordinal) ? Path.GetFullPath(Column.BinaryOf(a)) + Column.McpSuffix : Path.GetFullPath(a))];
string binary = Column.BinaryOf(binaries[0]);
const int ColdRuns = 15;
const int Requests = 20_000;
const int Pipelined = 64;
int idleSeconds = int.Parse(Environment.GetEnvironmentVariable("OPENCLAW_BENCH_IDLE_SECONDS") ?? "60", CultureInfo.InvariantCulture);

// Start-up, memory and throughput of every binary given, the cold starts interleaved so machine noise hits all alike.
var cold = binaries.ToDictionary(b => b, _ => new List<double>());
for (int i = 0; i < ColdRuns; i++)
{
    foreach (string each in binaries)
    {
        cold[each].Add(await ColdStartAsync(each));
    }
}

var perBinary = new List<(string Metric, string[] Values, string Target)>();
var figures = new Dictionary<string, (long Rss, long Anon, long Pss, long Peak, double Seq, double Pipe)>();
foreach (string each in binaries)
{
    // PSS with a second instance running beside the first: the binary's pages are shared, as with two editor windows.
    await using var server = Column.Start(each);
    await using var twin = Column.Start(each);
    await server.CallAsync("initialize");
    await twin.CallAsync("initialize");
    await Task.Delay(300);
    long rss = server.ReadStatus("VmRSS");
    long anon = server.ReadStatus("RssAnon");
    long pss = server.ReadPss();
    await twin.StopAsync();
    (double seqRate, _, _) = await server.SequentialAsync(Requests);
    (double pipeRate, _, _) = await server.PipelinedAsync(Requests, Pipelined);
    long peak = server.ReadStatus("VmHWM");
    await server.StopAsync();
    figures[each] = (rss, anon, pss, peak, seqRate, pipeRate);
}

// Idle as an editor keeps it: initialize with the client's processId (the parent watchdog on), then nothing, all
// binaries side by side for the same window. Wake-ups are context switches summed over the process's threads.
var idleServers = new List<Server>();
foreach (string each in binaries)
{
    var server = Column.Start(each);
    await server.RequestLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{{\"processId\":{Environment.ProcessId}}}}}");
    idleServers.Add(server);
}

await Task.Delay(500);
var idle = idleServers.Select(server => (Server: server, Rss: server.ReadStatus("VmRSS"))).ToList();
var switchesBefore = idle.Select(entry => entry.Server.ContextSwitches()).ToList();
await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
var wakeUps = new Dictionary<string, (long WakeUps, long Growth)>();
for (int i = 0; i < idle.Count; i++)
{
    Dictionary<int, long> after = idle[i].Server.ContextSwitches();
    long woke = after.Sum(thread => thread.Value - switchesBefore[i].GetValueOrDefault(thread.Key));
    wakeUps[binaries[i]] = (woke, idle[i].Server.ReadStatus("VmRSS") - idle[i].Rss);
    await idle[i].Server.StopAsync();
    await idle[i].Server.DisposeAsync();
}

perBinary.Add(("binary size", [.. binaries.Select(b => $"{new FileInfo(Column.BinaryOf(b)).Length / 1048576.0:F2} MB")], "-"));
perBinary.Add(($"start to initialize reply (median of {ColdRuns}, interleaved)", [.. binaries.Select(b => $"{Median(cold[b]):F1} ms")], "<= 25 ms, core within 3 ms of transport"));
perBinary.Add(("idle RSS after initialize", [.. binaries.Select(b => $"{figures[b].Rss / 1024.0:F1} MB")], "<= 12 MB"));
perBinary.Add(("  private (RssAnon)", [.. binaries.Select(b => $"{figures[b].Anon / 1024.0:F1} MB")], "<= 4.5 MB"));
perBinary.Add(("  PSS, two instances side by side", [.. binaries.Select(b => $"{figures[b].Pss / 1024.0:F1} MB")], "-"));
perBinary.Add(($"peak RSS after {2 * Requests:N0} health calls", [.. binaries.Select(b => $"{figures[b].Peak / 1024.0:F1} MB")], "<= 19 MB"));
perBinary.Add(($"sequential health ({Requests:N0})", [.. binaries.Select(b => $"{figures[b].Seq:N0} req/s")], "-"));
perBinary.Add(($"pipelined health ({Requests:N0}, {Pipelined} in flight)", [.. binaries.Select(b => $"{figures[b].Pipe:N0} req/s")], ">= 60,000 req/s"));
perBinary.Add(($"idle {idleSeconds} s with processId: wake-ups", [.. binaries.Select(b => $"{wakeUps[b].WakeUps:N0}")], "<= 60"));
perBinary.Add(($"  RSS growth over those {idleSeconds} s", [.. binaries.Select(b => $"{wakeUps[b].Growth / 1024.0:+0.00;-0.00} MB")], "<= 0.5 MB"));

int metricWidth = perBinary.Max(r => r.Metric.Length);
int[] widths = [.. binaries.Select((b, i) => Math.Max(Label(b).Length, perBinary.Max(r => r.Values[i].Length)))];
Console.WriteLine($"openclaw benchmark ({Environment.ProcessorCount} cores); columns: {string.Join(", ", binaries)}");
Console.WriteLine($"{"metric".PadRight(metricWidth)} | {string.Join(" | ", binaries.Select((b, i) => Label(b).PadRight(widths[i])))} | target");
Console.WriteLine($"{new string('-', metricWidth)}-|-{string.Join("-|-", widths.Select(w => new string('-', w)))}-|-------");
foreach ((string metric, string[] values, string target) in perBinary)
{
    Console.WriteLine($"{metric.PadRight(metricWidth)} | {string.Join(" | ", values.Select((v, i) => v.PadRight(widths[i])))} | {target}");
}

Console.WriteLine();

// The agent runtime of the first binary against a fake OpenAI-compatible server on 127.0.0.1: "ok" answers, "bad" answers 500.
const int AgentRuns = 500;
using var llm = FakeLlm.Start();
double directP50 = await llm.DirectP50Async(AgentRuns);
string config = Path.Combine(Path.GetTempPath(), $"openclaw-bench-{Environment.ProcessId}.json");
File.WriteAllText(config, "{\"models\":{\"providers\":{"
    + $"\"ok\":{{\"baseUrl\":\"{llm.Root}/ok/v1\",\"models\":[\"m\"]}},"
    + $"\"bad\":{{\"baseUrl\":\"{llm.Root}/bad/v1\",\"models\":[\"m\"]}}}}}},"
    + "\"runtime\":{\"selfHealing\":{\"backoffMs\":0}}}");
await using var agent = Server.Start(binary, new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config });
await agent.CallAsync("initialize");
double runP50 = await agent.RunP50Async(AgentRuns, "{\"message\":\"hi\",\"model\":\"ok/m\"}");
double recoverP50 = await agent.RunP50Async(AgentRuns, "{\"message\":\"hi\",\"model\":\"bad/m\"}");
double directFirstP50 = await llm.DirectFirstChunkP50Async(AgentRuns);
double nativeFirstP50 = await agent.FirstChunkP50Async(AgentRuns, "$/progress",
    id => $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"agent.run\",\"params\":{{\"message\":\"hi\",\"model\":\"ok/m\",\"progressToken\":1}}}}");
double nativeSessionFirstP50 = await agent.FirstChunkP50Async(AgentRuns, "$/progress",
    id => $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"agent.run\",\"params\":{{\"message\":\"hi\",\"model\":\"ok/m\",\"sessionKey\":\"bench-{Environment.ProcessId}\",\"progressToken\":1}}}}");
await agent.StopAsync();

// ACP mode: spawn to the initialize answer, and the first streamed chunk of a prompt.
var acpCold = new List<double>();
for (int i = 0; i < ColdRuns; i++)
{
    acpCold.Add(await AcpColdStartAsync(binary));
}

await using var acp = Server.Start(binary, new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config }, "acp");
await acp.RequestLineAsync(Server.AcpInitialize(1));
string created = await acp.RequestLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"session/new\",\"params\":{{\"cwd\":\"{Path.GetTempPath().TrimEnd('/')}\",\"mcpServers\":[]}}}}");
string sessionId = created[(created.IndexOf("acp-", StringComparison.Ordinal))..].Split('"')[0];
double acpFirstP50 = await acp.FirstChunkP50Async(AgentRuns, "session/update",
    id => $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"session/prompt\",\"params\":{{\"sessionId\":\"{sessionId}\",\"prompt\":[{{\"type\":\"text\",\"text\":\"hi\"}}]}}}}");
await acp.CloseAsync();
File.Delete(config);

var rows = new (string Metric, string Value, string Target)[]
{
    ($"direct HTTP call to the fake LLM ({AgentRuns}, p50)", $"{directP50:F3} ms", "-"),
    ($"agent.run on it ({AgentRuns}, p50)", $"{runP50:F3} ms", "-"),
    ("  runtime overhead per agent.run (p50 difference)", $"{runP50 - directP50:F3} ms", "< 1 ms"),
    ($"agent.run recovering from a failing primary (2 x 500, backoff 0; p50)", $"{recoverP50:F3} ms", "-"),
    ("  recovery cost beyond the fallback's own call", $"{recoverP50 - directP50:F3} ms", "< 5 ms"),
    ($"first streamed chunk, direct HTTP call ({AgentRuns}, p50)", $"{directFirstP50:F3} ms", "-"),
    ($"first $/progress delta of agent.run ({AgentRuns}, p50)", $"{nativeFirstP50:F3} ms", "-"),
    ($"  the same with a session (history read, turn appended; p50)", $"{nativeSessionFirstP50:F3} ms", "-"),
    ($"acp: cold start to initialize reply (median of {ColdRuns})", $"{Median(acpCold):F1} ms (min {acpCold.Min():F1}, max {acpCold.Max():F1})", "<= 25 ms"),
    ($"acp: first agent_message_chunk of session/prompt ({AgentRuns}, p50)", $"{acpFirstP50:F3} ms", "-"),
    ("  acp overhead to the first chunk over a direct call (a prompt always has a session)", $"{acpFirstP50 - directFirstP50:F3} ms", "-"),
};
int width = rows.Max(r => r.Metric.Length);
int valueWidth = rows.Max(r => r.Value.Length);
Console.WriteLine($"agent runtime and ACP of {binary}");
Console.WriteLine($"{"metric".PadRight(width)} | {"measured".PadRight(valueWidth)} | target");
Console.WriteLine($"{new string('-', width)}-|-{new string('-', valueWidth)}-|-------");
foreach ((string metric, string value, string target) in rows)
{
    Console.WriteLine($"{metric.PadRight(width)} | {value.PadRight(valueWidth)} | {target}");
}

return 0;

// A column's name: the path under the current folder (dist/publish/core-linux-x64/openclaw-core), or as given.
static string Label(string column) => Column.BinaryOf(column) is var path && column.EndsWith(Column.McpSuffix, StringComparison.Ordinal)
    ? LabelOf(path) + Column.McpSuffix
    : LabelOf(path);

static string LabelOf(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path) is { } relative && !relative.StartsWith("..", StringComparison.Ordinal)
    ? relative : path;

static async Task<double> ColdStartAsync(string column)
{
    var clock = Stopwatch.StartNew();
    await using var server = Column.Start(column);
    await server.CallAsync("initialize");
    double elapsed = clock.Elapsed.TotalMilliseconds;
    await server.StopAsync();
    return elapsed;
}

static async Task<double> AcpColdStartAsync(string binary)
{
    var clock = Stopwatch.StartNew();
    await using var server = Server.Start(binary, null, "acp");
    await server.RequestLineAsync(Server.AcpInitialize(1));
    double elapsed = clock.Elapsed.TotalMilliseconds;
    await server.CloseAsync();
    return elapsed;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>A column of the table: a binary, or a binary started with an mcp section in its config.</summary>
static class Column
{
    public const string McpSuffix = "+mcp";

    private static readonly Lazy<string> McpConfig = new(() =>
    {
        string path = Path.Combine(Path.GetTempPath(), $"openclaw-bench-mcp-{Environment.ProcessId}.json");
        File.WriteAllText(path, "{\"mcp\":{\"servers\":{\"files\":{\"command\":\"node\",\"args\":[\"server.js\"],\"toolFilter\":{\"include\":[\"read_*\"]}}}},"
            + "\"tools\":{\"allow\":[\"files__read_*\"],\"ask\":\"on-miss\"}}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    public static string BinaryOf(string column) => column.EndsWith(McpSuffix, StringComparison.Ordinal) ? column[..^McpSuffix.Length] : column;

    public static Server Start(string column) => column.EndsWith(McpSuffix, StringComparison.Ordinal)
        ? Server.Start(BinaryOf(column), new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = McpConfig.Value })
        : Server.Start(column);
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

    public static Server Start(string binary, Dictionary<string, string>? environment = null, params string[] arguments)
    {
        var start = new ProcessStartInfo(binary, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OPENCLAW_STATE_DIR"] = Path.Combine(Path.GetTempPath(), "openclaw-bench");
        start.Environment["OPENCLAW_LOG_LEVEL"] = "error";
        foreach ((string name, string value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
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

    /// <summary>The p50 latency of sequential agent.run requests with <paramref name="parameters"/>, after a warm-up.</summary>
    public async Task<double> RunP50Async(int count, string parameters)
    {
        var latencies = new double[count];
        for (int i = -20; i < count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            byte[] line = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{++_nextId},\"method\":\"agent.run\",\"params\":{parameters}}}\n");
            await _stdin.WriteAsync(line);
            await _stdin.FlushAsync();
            string answer = (await _stdout.ReadLineAsync())!;
            if (!answer.Contains("\"result\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"agent.run failed: {answer}");
            }

            if (i >= 0)
            {
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        return Percentile(latencies, 0.50);
    }

    public static string AcpInitialize(int id) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"initialize\",\"params\":{{\"protocolVersion\":1,\"clientCapabilities\":{{}}}}}}";

    /// <summary>Sends one line and returns the next line the server writes.</summary>
    public async Task<string> RequestLineAsync(string line)
    {
        await _stdin.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"));
        await _stdin.FlushAsync();
        return (await _stdout.ReadLineAsync())!;
    }

    /// <summary>
    /// The p50 time from sending a streamed request to the first <paramref name="notification"/> it causes, after a
    /// warm-up; each request is read to its answer before the next.
    /// </summary>
    public async Task<double> FirstChunkP50Async(int count, string notification, Func<int, string> request)
    {
        var latencies = new double[count];
        string marker = $"\"method\":\"{notification}\"";
        for (int i = -20; i < count; i++)
        {
            int id = ++_nextId + 1000;
            long started = Stopwatch.GetTimestamp();
            await _stdin.WriteAsync(Encoding.UTF8.GetBytes(request(id) + "\n"));
            await _stdin.FlushAsync();
            double first = double.NaN;
            string answerMarker = $"\"id\":{id},";
            while (true)
            {
                string line = (await _stdout.ReadLineAsync())!;
                if (double.IsNaN(first) && line.Contains(marker, StringComparison.Ordinal))
                {
                    first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }

                if (line.Contains(answerMarker, StringComparison.Ordinal))
                {
                    if (!line.Contains("\"result\"", StringComparison.Ordinal) || double.IsNaN(first))
                    {
                        throw new InvalidOperationException($"no streamed answer: {line}");
                    }

                    break;
                }
            }

            if (i >= 0)
            {
                latencies[i] = first;
            }
        }

        return Percentile(latencies, 0.50);
    }

    /// <summary>Ends the input (how an editor ends an ACP agent) and waits for the exit.</summary>
    public async Task CloseAsync()
    {
        _stdin.Close();
        await _process.WaitForExitAsync();
    }

    /// <summary>Proportional set size: shared pages count divided by the processes sharing them.</summary>
    public long ReadPss()
    {
        string line = File.ReadLines($"/proc/{_process.Id}/smaps_rollup").First(l => l.StartsWith("Pss:", StringComparison.Ordinal));
        return long.Parse(line["Pss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>Voluntary and involuntary context switches of each live thread, by thread id.</summary>
    public Dictionary<int, long> ContextSwitches()
    {
        var switches = new Dictionary<int, long>();
        foreach (string task in Directory.GetDirectories($"/proc/{_process.Id}/task"))
        {
            try
            {
                switches[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = File.ReadLines(Path.Combine(task, "status"))
                    .Where(l => l.Contains("ctxt_switches:", StringComparison.Ordinal))
                    .Sum(l => long.Parse(l.Split(':')[1].Trim(), CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read.
            }
        }

        return switches;
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

/// <summary>A minimal OpenAI-compatible server: /ok/... answers a completion, /bad/... answers 500.</summary>
/// <summary>
/// ./build.sh soak: pipelined health calls and agent.run against the fake LLM for a while, sampling RSS every 10 s. The
/// start is taken after a 15 s warm-up of the same calls (first-use allocations and the GC settling are not a leak);
/// growth beyond 10 % by the end fails.
/// </summary>
static class Soak
{
    // Long enough for the GC to settle its budgets under this load (RSS rises for the first seconds, then holds).
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(string binary, TimeSpan duration)
    {
        using var llm = FakeLlm.Start();
        string config = Path.Combine(Path.GetTempPath(), $"openclaw-soak-{Environment.ProcessId}.json");
        File.WriteAllText(config, $"{{\"models\":{{\"providers\":{{\"ok\":{{\"baseUrl\":\"{llm.Root}/ok/v1\",\"models\":[\"m\"]}}}}}}}}");
        const string Run = "{\"message\":\"hi\",\"model\":\"ok/m\",\"sessionKey\":\"soak\"}";
        await using var server = Server.Start(binary, new Dictionary<string, string> { ["OPENCLAW_CONFIG_PATH"] = config });
        await server.CallAsync("initialize");
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < Warmup;)
        {
            await server.PipelinedAsync(5_000, 64);
            await server.RunP50Async(100, Run);
        }

        long startRss = server.ReadStatus("VmRSS"), startAnon = server.ReadStatus("RssAnon");
        Console.WriteLine($"soak of {binary} for {duration.TotalSeconds:0} s: pipelined health (64 in flight) and agent.run with a session, after a {Warmup.TotalSeconds:0} s warm-up");
        Console.WriteLine($"  0 s  RSS {startRss / 1024.0:F1} MB, private {startAnon / 1024.0:F1} MB");
        var clock = Stopwatch.StartNew();
        TimeSpan nextSample = TimeSpan.FromSeconds(10);
        long calls = 0;
        while (clock.Elapsed < duration)
        {
            await server.PipelinedAsync(5_000, 64);
            await server.RunP50Async(100, Run);
            calls += 5_120;
            if (clock.Elapsed >= nextSample)
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s  RSS {server.ReadStatus("VmRSS") / 1024.0:F1} MB, private {server.ReadStatus("RssAnon") / 1024.0:F1} MB, {calls:N0} calls");
                nextSample += TimeSpan.FromSeconds(10);
            }
        }

        long endRss = server.ReadStatus("VmRSS"), endAnon = server.ReadStatus("RssAnon");
        await server.StopAsync();
        File.Delete(config);
        double growth = (endRss - startRss) * 100.0 / startRss;
        bool held = growth <= 10;
        Console.WriteLine($"RSS {startRss / 1024.0:F1} -> {endRss / 1024.0:F1} MB ({growth:+0.0;-0.0} %), private {startAnon / 1024.0:F1} -> {endAnon / 1024.0:F1} MB, "
            + $"{calls:N0} calls: {(held ? "within" : "beyond")} the 10 % bound");
        return held ? 0 : 1;
    }
}

sealed class FakeLlm : IDisposable
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hello\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}");
    private static readonly byte[] Failure = Encoding.UTF8.GetBytes("{\"error\":{\"type\":\"server_error\"}}");
    private static readonly byte[] Stream = Encoding.UTF8.GetBytes(
        "data: {\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hello\"},\"finish_reason\":null}]}\n\n"
        + "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
    private readonly HttpListener _listener = new();
    private readonly HttpClient _client = new();

    private FakeLlm(string root)
    {
        Root = root;
        _listener.Prefixes.Add(root + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Root { get; }

    public static FakeLlm Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FakeLlm($"http://127.0.0.1:{port}");
    }

    /// <summary>The p50 of the same request agent.run sends, made directly with HttpClient (after a warm-up).</summary>
    public async Task<double> DirectP50Async(int count)
    {
        var latencies = new double[count];
        const string body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":false}";
        for (int i = -20; i < count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using HttpResponseMessage response = await _client.PostAsync($"{Root}/ok/v1/chat/completions", content);
            await response.Content.ReadAsByteArrayAsync();
            if (i >= 0)
            {
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        double[] sorted = [.. latencies.Order()];
        return sorted[count / 2];
    }

    /// <summary>The p50 time to the first SSE event of a streamed request, made directly with HttpClient (after a warm-up).</summary>
    public async Task<double> DirectFirstChunkP50Async(int count)
    {
        var latencies = new double[count];
        const string body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}";
        for (int i = -20; i < count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/ok/v1/chat/completions")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
            while (!((await events.ReadLineAsync()) ?? "data:").StartsWith("data:", StringComparison.Ordinal))
            {
            }

            if (i >= 0)
            {
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            await events.ReadToEndAsync();
        }

        double[] sorted = [.. latencies.Order()];
        return sorted[count / 2];
    }

    public void Dispose()
    {
        _client.Dispose();
        _listener.Stop();
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            string body;
            using (var drain = new StreamReader(context.Request.InputStream))
            {
                body = await drain.ReadToEndAsync();
            }

            bool ok = context.Request.Url!.AbsolutePath.StartsWith("/ok/", StringComparison.Ordinal);
            bool streamed = ok && body.Contains("\"stream\":true", StringComparison.Ordinal);
            byte[] payload = streamed ? Stream : ok ? Answer : Failure;
            context.Response.StatusCode = ok ? 200 : 500;
            context.Response.ContentType = streamed ? "text/event-stream" : "application/json";
            context.Response.ContentLength64 = payload.Length;
            await context.Response.OutputStream.WriteAsync(payload);
            context.Response.Close();
        }
    }
}
