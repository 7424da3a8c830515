using System.Text;
using OpenClaw.Rpc.Audio;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Audio;

/// <summary>MP3 is measured by walking its frames: constant or variable bitrate, every MPEG version, tags and junk around it.</summary>
public sealed class Mp3DurationTests
{
    [Test]
    public void Constant_bitrate_frames_give_the_rate_channels_and_their_summed_duration()
    {
        AudioInfo? info = Mp3Duration.Measure(TestMp3.Frames(100));

        Assert.That(info, Is.EqualTo(new AudioInfo(44100, 1, 100 * 1152 * 1000L / 44100)), "100 frames of 1152 samples at 44.1 kHz: 2612 ms");
    }

    [Test]
    public void Variable_bitrate_frames_of_every_length_are_each_counted_once()
    {
        // Each bitrate has its own frame length (104 to 1045 bytes), with and without padding: a walker that assumed
        // one length would land inside a frame and lose or invent some.
        int[] bitrates = [32, 320, 128, 64, 256, 96];
        byte[] audio = [.. Enumerable.Range(0, 60).SelectMany(i => TestMp3.Frame(kbps: bitrates[i % bitrates.Length], mono: false, padding: i % 4 == 1))];

        AudioInfo? info = Mp3Duration.Measure(audio);

        Assert.That(info, Is.EqualTo(new AudioInfo(44100, 2, 60 * 1152 * 1000L / 44100)));
    }

    [TestCase(2, 64, 24000, 200, 4800)]
    [TestCase(2, 160, 22050, 100, 2612)]
    [TestCase(25, 8, 8000, 50, 3600)]
    [TestCase(1, 320, 48000, 125, 3000)]
    [TestCase(1, 32, 32000, 10, 360)]
    public void Every_mpeg_version_uses_its_own_samples_per_frame_and_rate(int version, int kbps, int sampleRate, int frames, long expectedMs)
    {
        byte[] audio = [.. Enumerable.Range(0, frames).SelectMany(_ => TestMp3.Frame(version, kbps, sampleRate))];

        AudioInfo? info = Mp3Duration.Measure(audio);

        Assert.That(info, Is.EqualTo(new AudioInfo(sampleRate, 1, expectedMs)));
    }

    [Test]
    public void An_id3v2_tag_is_skipped_even_when_its_bytes_look_like_frames()
    {
        // Cover art or a comment can hold anything, including a valid-looking frame header.
        byte[] tag = TestMp3.Id3Tag([.. Encoding.ASCII.GetBytes("TIT2 hello"), .. TestMp3.Frames(3), .. new byte[300]]);

        AudioInfo? info = Mp3Duration.Measure([.. tag, .. TestMp3.Frames(10)]);

        Assert.That(info?.DurationMs, Is.EqualTo(10 * 1152 * 1000L / 44100));
    }

    [Test]
    public void Junk_before_the_first_frame_is_skipped()
    {
        byte[] junk = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\n\r\n");

        Assert.That(Mp3Duration.Measure([.. junk, .. TestMp3.Frames(10)])?.DurationMs, Is.EqualTo(10 * 1152 * 1000L / 44100));
    }

    [TestCase("")]
    [TestCase("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}")]
    [TestCase("<html><body>502 Bad Gateway</body></html>")]
    public void Text_that_a_failing_provider_sends_instead_of_audio_is_not_mp3(string body)
    {
        Assert.That(Mp3Duration.Measure(Encoding.UTF8.GetBytes(body)), Is.Null);
    }

    [TestCase(0xFF, 0xFB, 0xF0, 0xC4, TestName = "Bitrate index 15 (forbidden)")]
    [TestCase(0xFF, 0xFB, 0x00, 0xC4, TestName = "Bitrate index 0 (free format)")]
    [TestCase(0xFF, 0xFB, 0x9C, 0xC4, TestName = "Sample rate index 3 (reserved)")]
    [TestCase(0xFF, 0xFD, 0x90, 0xC4, TestName = "Layer II")]
    [TestCase(0xFF, 0xEB, 0x90, 0xC4, TestName = "Version bits 01 (reserved)")]
    public void A_header_with_a_reserved_or_other_layer_field_is_not_an_mp3_frame(int b0, int b1, int b2, int b3)
    {
        byte[] bytes = new byte[417];
        bytes[0] = (byte)b0;
        bytes[1] = (byte)b1;
        bytes[2] = (byte)b2;
        bytes[3] = (byte)b3;

        Assert.That(Mp3Duration.Measure(bytes), Is.Null);
    }

    [Test]
    public void A_file_cut_anywhere_never_throws_and_counts_the_whole_frames_plus_at_most_the_cut_one()
    {
        byte[] audio = TestMp3.Frames(5);
        const int FrameLength = 417;
        for (int cut = 0; cut <= audio.Length; cut++)
        {
            long? duration = Mp3Duration.Measure(audio.AsSpan(0, cut))?.DurationMs;
            int whole = cut / FrameLength;
            long atLeast = whole * 1152 * 1000L / 44100;
            long atMost = (whole + 1) * 1152 * 1000L / 44100;
            if (cut < 4)
            {
                Assert.That(duration, Is.Null, $"{cut} bytes hold no frame header");
            }
            else
            {
                Assert.That(duration, Is.InRange(atLeast, atMost), $"cut after {cut} bytes");
            }
        }
    }
}
