using System.CommandLine;
using BcfWorkflow.Cli.Commands;

namespace BcfWorkflow.Cli;

/// <summary>The <c>bcf</c> command line, callable in process (tests pass their own writers and clock).</summary>
public static class BcfCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, TimeProvider.System));

    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRootCommand(context);
        var parsed = root.Parse(args);
        // Ctrl+C and SIGTERM cancel the command's token; serve and demo need a few seconds to stop the engine and Azurite.
        var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"bcf: {error.Message}");
            }
            context.Error.WriteLine("Run 'bcf --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(invocation);
    }

    /// <summary>The root command with every subcommand; later commands (serve, demo, bench) are added here.</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("BcfWorkflow: checks and aggregates Better Care Fund quarterly returns.");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(AggregateCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        return root;
    }
}
