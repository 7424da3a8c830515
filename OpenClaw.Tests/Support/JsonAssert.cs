using System.Text.Json;

namespace OpenClaw.Tests.Support;

internal static class JsonAssert
{
    public static void IsError(JsonElement response, int code, string kind)
    {
        Assert.That(response.TryGetProperty("error", out JsonElement error), Is.True, $"expected an error, got {response}");
        Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(code), response.ToString());
        Assert.That(error.GetProperty("data").GetProperty("kind").GetString(), Is.EqualTo(kind), response.ToString());
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
    }

    public static JsonElement Result(JsonElement response)
    {
        Assert.That(response.TryGetProperty("result", out JsonElement result), Is.True, $"expected a result, got {response}");
        return result;
    }
}
