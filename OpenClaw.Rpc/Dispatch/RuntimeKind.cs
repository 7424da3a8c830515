namespace OpenClaw.Rpc.Dispatch;

/// <summary>How this process runs.</summary>
internal static class RuntimeKind
{
    /// <summary>
    /// True under NativeAOT. RuntimeFeature.IsDynamicCodeSupported cannot tell: PublishAot in the project file
    /// turns it off for JIT runs too. The CoreCLR host always sets NATIVE_DLL_SEARCH_DIRECTORIES; NativeAOT has no host.
    /// </summary>
    public static bool IsNativeAot { get; } = AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") is null;
}
