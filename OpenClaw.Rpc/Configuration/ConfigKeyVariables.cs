namespace OpenClaw.Rpc.Configuration;

/// <summary>Reads the environment variables of a <see cref="ConfigKey"/>.</summary>
internal static class ConfigKeyVariables
{
    /// <summary>The value of the first of the key's variables that is set, or null.</summary>
    public static string? Read(this IEnvironmentReader environment, ConfigKey key) =>
        key.Variables.Select(environment.Read).FirstOrDefault(value => value is not null);

    /// <summary>Like <see cref="Read"/>, also giving the variable's name, since an error names the variable the bad value came from.</summary>
    public static bool TryRead(this IEnvironmentReader environment, ConfigKey key, out string variable, out string value)
    {
        foreach (string name in key.Variables)
        {
            if (environment.Read(name) is { } found)
            {
                (variable, value) = (name, found);
                return true;
            }
        }

        (variable, value) = (string.Empty, string.Empty);
        return false;
    }
}
