using System.Text;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Logging;

/// <summary>
/// Opens <c>--log-file</c> for appending. The log may quote paths, prompts and provider replies, so it is private as
/// the state files are: a new file is 0600 and any directory created for it 0700, whatever the umask.
/// </summary>
internal static class LogFile
{
    public static TextWriter Open(string path)
    {
        string full = Path.GetFullPath(path);
        PrivateDirectory.Ensure(Path.GetDirectoryName(full)!);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return TextWriter.Synchronized(new StreamWriter(new FileStream(full, options), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
    }
}
