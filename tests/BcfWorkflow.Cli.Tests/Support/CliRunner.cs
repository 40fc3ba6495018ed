namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>Runs the bcf command line in process.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(TimeProvider.System, args);

    public static CliResult Run(TimeProvider clock, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = BcfCli.Run(args, new CliContext(stdout, stderr, clock));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
