namespace OpenClaw.Tests.Support;

/// <summary>Shell scripts that stand in for a KittenTTS binary and misbehave in one way each.</summary>
internal static class StandInBinary
{
    public static string Write(TempDirectory dir, string name, string body, bool executable = true)
    {
        string path = dir.File(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, executable
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }
}
