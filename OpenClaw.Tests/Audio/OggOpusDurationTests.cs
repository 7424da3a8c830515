using System.Text;
using OpenClaw.Rpc.Audio;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Audio;

/// <summary>Ogg Opus is measured from the last page's granule position, less the pre-skip, at Opus's fixed 48 kHz.</summary>
public sealed class OggOpusDurationTests
{
    private const int PreSkip = 312;

    [Test]
    public void The_last_granule_less_the_pre_skip_is_the_duration()
    {
        byte[] stream = TestOggOpus.Stream(1, PreSkip, 48_000 + PreSkip, 96_000 + PreSkip, 120_000 + PreSkip);

        Assert.That(OggOpusDuration.Measure(stream), Is.EqualTo(new AudioInfo(48000, 1, 2500)));
    }

    [Test]
    public void Channels_come_from_the_opus_head_and_the_rate_is_always_48_khz()
    {
        byte[] stream = TestOggOpus.Stream(2, 0, 24_000);

        Assert.That(OggOpusDuration.Measure(stream), Is.EqualTo(new AudioInfo(48000, 2, 500)));
    }

    [Test]
    public void A_granule_below_the_pre_skip_is_zero_long_not_negative()
    {
        Assert.That(OggOpusDuration.Measure(TestOggOpus.Stream(1, PreSkip, 100))?.DurationMs, Is.Zero);
    }

    [Test]
    public void A_stream_cut_inside_the_last_page_header_is_measured_to_the_page_before()
    {
        byte[] stream = TestOggOpus.Stream(1, PreSkip, 48_000 + PreSkip, 96_000 + PreSkip);
        int lastPage = stream.Length - (27 + 1 + 160);

        Assert.That(OggOpusDuration.Measure(stream.AsSpan(0, lastPage + 20))?.DurationMs, Is.EqualTo(1000), "20 bytes of the last header");
        Assert.That(OggOpusDuration.Measure(stream.AsSpan(0, lastPage + 27))?.DurationMs, Is.EqualTo(2000), "its whole header: its granule counts");
    }

    [Test]
    public void A_cut_anywhere_never_throws()
    {
        byte[] stream = TestOggOpus.Stream(2, PreSkip, 9_600 + PreSkip, 19_200 + PreSkip);
        for (int cut = 0; cut <= stream.Length; cut++)
        {
            Assert.DoesNotThrow(() => OggOpusDuration.Measure(stream.AsSpan(0, cut)), $"cut after {cut} bytes");
        }

        Assert.That(OggOpusDuration.Measure(stream.AsSpan(0, 20)), Is.Null, "less than one page header");
    }

    [Test]
    public void Ogg_vorbis_is_not_opus()
    {
        byte[] vorbis = [.. TestOggOpus.Page(0x02, 0, 0, [1, .. "vorbis"u8, 0, 0, 0, 0, 1, 0x44, 0xAC, 0, 0]), .. TestOggOpus.Page(0x04, 44_100, 1, new byte[100])];

        Assert.That(OggOpusDuration.Measure(vorbis), Is.Null);
    }

    [Test]
    public void Wav_or_text_from_a_provider_is_not_ogg_opus()
    {
        Assert.That(OggOpusDuration.Measure(TestAudio.Tone()), Is.Null);
        Assert.That(OggOpusDuration.Measure(Encoding.UTF8.GetBytes("{\"error\":{\"message\":\"OpusHead missing, try again\"}}")), Is.Null);
    }
}
