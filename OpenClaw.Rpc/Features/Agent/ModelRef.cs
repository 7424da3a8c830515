namespace OpenClaw.Rpc.Features.Agent;

/// <summary>A model reference <c>provider/model</c>, as upstream OpenClaw writes them (the model part may hold more slashes).</summary>
internal sealed record ModelRef(string Provider, string Model)
{
    public static bool TryParse(string? text, out ModelRef reference)
    {
        reference = null!;
        string trimmed = text?.Trim() ?? string.Empty;
        int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == trimmed.Length - 1)
        {
            return false;
        }

        reference = new ModelRef(trimmed[..slash].ToLowerInvariant(), trimmed[(slash + 1)..]);
        return true;
    }

    public override string ToString() => $"{Provider}/{Model}";
}
