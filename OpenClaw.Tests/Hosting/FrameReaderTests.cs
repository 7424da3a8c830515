using System.IO.Pipelines;
using System.Text;
using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Hosting;

public sealed class FrameReaderTests
{
    private const string Health = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"health\"}";

    [Test]
    public async Task Frames_split_across_many_tiny_writes_are_reassembled([Values(1, 3, 7)] int chunk)
    {
        string input = $"\uFEFFContent-Length: {Health.Length}\r\n\r\n{Health}Content-Length: {Health.Length}\r\n\r\n{Health}";
        List<InboundFrame> frames = await ReadAllAsync(Encoding.UTF8.GetBytes(input), chunk, maxMessageBytes: 1024);
        Assert.That(frames.Select(f => f.Kind), Is.EqualTo(new[] { FrameKind.Message, FrameKind.Message, FrameKind.End }));
        Assert.That(Encoding.UTF8.GetString(frames[1].Payload), Is.EqualTo(Health));
    }

    [Test]
    public async Task Newline_framing_is_detected_and_the_last_line_needs_no_newline()
    {
        var pipe = new Pipe();
        var reader = new FrameReader(pipe.Reader, 1024);
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes($"{Health}\r\n\n{Health}"));
        await pipe.Writer.CompleteAsync();
        Assert.That((await reader.ReadAsync(CancellationToken.None)).Kind, Is.EqualTo(FrameKind.Message));
        Assert.That(reader.Framing, Is.EqualTo(Framing.NewlineDelimited));
        InboundFrame last = await reader.ReadAsync(CancellationToken.None);
        Assert.That(Encoding.UTF8.GetString(last.Payload), Is.EqualTo(Health));
        Assert.That((await reader.ReadAsync(CancellationToken.None)).Kind, Is.EqualTo(FrameKind.End));
    }

    [Test]
    public async Task An_oversize_line_is_reported_once_and_skipped_to_its_end()
    {
        string big = "{\"x\":\"" + new string('a', 5000) + "\"}";
        List<InboundFrame> frames = await ReadAllAsync(Encoding.UTF8.GetBytes($"{Health}\n{big}\n{Health}\n"), 512, maxMessageBytes: 1024);
        Assert.That(frames.Select(f => f.Kind), Is.EqualTo(new[] { FrameKind.Message, FrameKind.TooLarge, FrameKind.Message, FrameKind.End }));
    }

    [Test]
    public async Task An_oversize_body_is_skipped_by_its_declared_length()
    {
        string big = new('a', 5000);
        string input = $"Content-Length: 5000\r\n\r\n{big}Content-Length: {Health.Length}\r\n\r\n{Health}";
        List<InboundFrame> frames = await ReadAllAsync(Encoding.UTF8.GetBytes(input), 700, maxMessageBytes: 1024);
        Assert.That(frames.Select(f => f.Kind), Is.EqualTo(new[] { FrameKind.TooLarge, FrameKind.Message, FrameKind.End }));
    }

    [Test]
    public async Task A_first_line_that_is_not_a_header_is_read_as_newline_framing()
    {
        List<InboundFrame> frames = await ReadAllAsync(Encoding.UTF8.GetBytes($"hello\n{Health}\n"), 64, maxMessageBytes: 1024);
        Assert.That(frames.Select(f => Encoding.UTF8.GetString(f.Payload)), Is.EqualTo(new[] { "hello", Health, string.Empty }));
    }

    private static async Task<List<InboundFrame>> ReadAllAsync(byte[] input, int chunk, int maxMessageBytes)
    {
        var pipe = new Pipe();
        var reader = new FrameReader(pipe.Reader, maxMessageBytes);
        Task writing = Task.Run(async () =>
        {
            for (int i = 0; i < input.Length; i += chunk)
            {
                await pipe.Writer.WriteAsync(input.AsMemory(i, Math.Min(chunk, input.Length - i)));
            }

            await pipe.Writer.CompleteAsync();
        });
        var frames = new List<InboundFrame>();
        while (true)
        {
            InboundFrame frame = await reader.ReadAsync(CancellationToken.None);
            frames.Add(frame);
            if (frame.Kind == FrameKind.End)
            {
                await writing;
                return frames;
            }
        }
    }
}
