using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Hosting;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Cli;

/// <summary>The whole program behind <c>openclaw-core</c> and <c>openclaw-edge</c>; the roots only pass their composition.</summary>
public static class OpenClawProgram
{
    /// <summary>Exit code for an invalid config.</summary>
    public const int ExitInvalidConfig = 2;

    /// <summary>Exit code for a usage error (BSD sysexits EX_USAGE).</summary>
    public const int ExitUsage = 64;

    /// <summary>Runs the command line for <paramref name="track"/> with the services <paramref name="compose"/> registers.</summary>
    public static async Task<int> RunAsync(string[] args, RuntimeTrack track, Action<OpenClawServerBuilder> compose)
    {
        // stdout is the wire from the first line: anything that writes to Console.Out lands on stderr instead.
        Stream stdout = Console.OpenStandardOutput();
        TextWriter stderr = Console.Error;
        Console.SetOut(stderr);
        FileSizeLimitSignal.Ignore();
        string exe = track.ExecutableName();

        CommandLine commandLine;
        try
        {
            commandLine = CommandLineParser.Parse(args);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(e.LineFor(exe)).ConfigureAwait(false);
            return ExitUsage;
        }

        if (commandLine.Command is CliCommand.Version)
        {
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"{exe} {new ServerIdentity(track).Version}\n")).ConfigureAwait(false);
            return 0;
        }

        var redactor = new SecretRedactor();
        var environment = new ProcessEnvironmentReader();
        RuntimeSettings settings;
        ConfigException? configError = null;
        try
        {
            settings = RuntimeSettingsLoader.Load(track, commandLine.Globals, environment, redactor);
        }
        catch (ConfigException e)
        {
            configError = e;
            settings = RuntimeSettingsLoader.LoadWithoutConfig(track, commandLine.Globals, environment, redactor, e);
        }

        TextWriter logWriter;
        try
        {
            logWriter = settings.Host.LogFile is null ? stderr : LogFile.Open(settings.Host.LogFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            configError ??= new ConfigException(HostConfigKeys.LogFile.Key, $"cannot open it ({e.Message})");
            logWriter = stderr;
        }

        ServiceProvider? services = null;
        if (configError is null)
        {
            try
            {
                services = Compose(settings, logWriter, redactor, environment, compose);
            }
            catch (ConfigException e)
            {
                configError = e;
            }
        }

        if (configError is not null)
        {
            if (commandLine.Command is not (CliCommand.Doctor or CliCommand.SecurityAudit or CliCommand.Help or CliCommand.Completion))
            {
                await stderr.WriteLineAsync($"{exe}: {redactor.Redact(configError.Message)}").ConfigureAwait(false);
                return ExitInvalidConfig;
            }

            // Doctor and the audit are what a user runs when start-up refuses the config, and help must not need one: they run without it.
            settings = RuntimeSettingsLoader.LoadWithoutConfig(track, commandLine.Globals, environment, redactor, configError);
            services = Compose(settings, logWriter, redactor, environment, compose);
        }

        try
        {
            return commandLine.Command switch
            {
                CliCommand.Call => await services!.GetRequiredService<CallCommand>()
                    .RunAsync(commandLine, commandLine.Stream || !Console.IsOutputRedirected, stdout, stderr).ConfigureAwait(false),
                CliCommand.Help => await services!.GetRequiredService<HelpCommand>().RunAsync(commandLine.Topic, stdout).ConfigureAwait(false),
                CliCommand.Completion => await services!.GetRequiredService<CompletionCommand>().RunAsync(commandLine.Shell!, stdout).ConfigureAwait(false),
                CliCommand.Doctor => await services!.GetRequiredService<DoctorCommand>().RunAsync(commandLine.Json, commandLine.Fix, commandLine.Deep, stdout).ConfigureAwait(false),
                CliCommand.SecurityAudit => await services!.GetRequiredService<AuditCommand>()
                    .RunAsync(commandLine.Deep, commandLine.Json, commandLine.Fix, stdout).ConfigureAwait(false),
                _ => await services!.GetRequiredService<StdioHost>().RunAsync(Console.OpenStandardInput(), stdout, commandLine.Dialect).ConfigureAwait(false),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(e.LineFor(exe)).ConfigureAwait(false);
            return ExitUsage;
        }
        finally
        {
            await services!.DisposeAsync().ConfigureAwait(false);
            if (logWriter != stderr)
            {
                await logWriter.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Builds the services; an area whose config is invalid throws <see cref="ConfigException"/> here.</summary>
    private static ServiceProvider Compose(RuntimeSettings settings, TextWriter logWriter, SecretRedactor redactor, IEnvironmentReader environment,
        Action<OpenClawServerBuilder> compose)
    {
        var log = new RuntimeLog(logWriter, settings.Host.LogLevel, redactor, TimeProvider.System);
        OpenClawServerBuilder builder = EngineServices.CreateBuilder(settings, log, redactor, environment, TimeProvider.System);
        builder.Services.AddSingleton<CallCommand>();
        builder.Services.AddSingleton<DoctorCommand>();
        builder.Services.AddSingleton<AuditCommand>();
        builder.Services.AddSingleton<ServedMethods>();
        builder.Services.AddSingleton<HelpCommand>();
        builder.Services.AddSingleton<CompletionCommand>();
        compose(builder);
        return builder.Build();
    }
}
