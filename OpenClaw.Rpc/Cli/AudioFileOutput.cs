using System.Text.Json;

namespace OpenClaw.Rpc.Cli;

/// <summary>
/// <c>call … --out FILE</c>: checked before any work starts (the method returns audio, the file does not exist unless
/// <c>--force</c>, its directory does), then the result's <c>audioBase64</c> is decoded into the file. Without
/// <c>--force</c> the file is created exclusively (an existing file or link is never followed); with it the audio is
/// written beside it and renamed over it, so a link at that path is replaced, not written through.
/// </summary>
internal sealed class AudioFileOutput
{
    private readonly string _path;
    private readonly string _fullPath;
    private readonly bool _force;

    private AudioFileOutput(string path, string fullPath, bool force) => (_path, _fullPath, _force) = (path, fullPath, force);

    public static AudioFileOutput Prepare(string path, bool force, MethodDescription method, string? paramsJson)
    {
        if (!method.ResultCarriesAudio)
        {
            throw new UsageException($"--out writes audio, and the result of {method.Name} carries none", "call");
        }

        if (AsksForAFile(paramsJson))
        {
            throw new UsageException("--out needs the audio in the answer: leave out \"output\":\"file\"", "call");
        }

        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"--out: the directory {directory} does not exist", "call");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"--out: {path} is a directory", "call");
        }

        if (!force && (File.Exists(full) || new FileInfo(full).LinkTarget is not null))
        {
            throw new UsageException($"--out: {path} exists; add --force to replace it", "call");
        }

        return new AudioFileOutput(path, full, force);
    }

    /// <summary>Writes the audio and returns the line printed instead of the result.</summary>
    public async Task<string> WriteAsync(JsonElement result)
    {
        byte[] audio = result.TryGetProperty("audioBase64", out JsonElement base64) ? base64.GetBytesFromBase64() : throw new IOException("the result carries no audioBase64");
        if (_force)
        {
            string temporary = Path.Combine(Path.GetDirectoryName(_fullPath)!, $".{Path.GetFileName(_fullPath)}.{Guid.NewGuid():N}.tmp");
            await WriteNewAsync(temporary, audio).ConfigureAwait(false);
            File.Move(temporary, _fullPath, overwrite: true);
        }
        else
        {
            await WriteNewAsync(_fullPath, audio).ConfigureAwait(false);
        }

        return $"wrote {_path}: {audio.Length} bytes of {Text(result, "format")}{Duration(result)} from {Text(result, "provider")}";
    }

    private static async Task WriteNewAsync(string path, byte[] audio)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using (file.ConfigureAwait(false))
        {
            await file.WriteAsync(audio).ConfigureAwait(false);
        }
    }

    private static bool AsksForAFile(string? paramsJson)
    {
        try
        {
            using JsonDocument parameters = JsonDocument.Parse(paramsJson ?? "{}");
            return parameters.RootElement.ValueKind == JsonValueKind.Object
                && parameters.RootElement.TryGetProperty("output", out JsonElement output) && output.ValueKind == JsonValueKind.String && output.GetString() == "file";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Text(JsonElement result, string name) =>
        result.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";

    private static string Duration(JsonElement result) =>
        result.TryGetProperty("durationMs", out JsonElement duration) && duration.TryGetInt64(out long ms) ? $", {ms} ms," : string.Empty;
}
