namespace OpenClaw.Rpc.Storage;

/// <summary>Why <see cref="BoundedFile"/> did not return a file's bytes.</summary>
internal enum FileRefusal
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A FIFO, device, socket or directory: reading it could block forever or never end.</summary>
    NotRegular,

    /// <summary>More bytes than the limit, counted as they were read (a file may grow, or report size 0).</summary>
    TooLarge,

    /// <summary>The OS refused the open or the read (permissions, a link loop, an I/O error).</summary>
    Unreadable,
}
