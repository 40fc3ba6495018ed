using System.CommandLine;
using System.Diagnostics;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf bench [options]</c>: runs the bench tool, <c>bcf-bench</c> (tools/BcfWorkflow.Bench), from beside bcf
/// with the same arguments, as a child process whose output and exit code are the command's. The benchmarks and their
/// naive baseline are not part of the product, so bcf carries none of their packages; from the repository,
/// scripts/bench.sh builds the tool and runs it.</summary>
public static class BenchCommand
{
    /// <summary>The bench tool's assembly, looked for in bcf's own folder.</summary>
    public const string ToolAssembly = "bcf-bench.dll";

    public static Command Create(CliContext context) => Create(context, AppContext.BaseDirectory);

    /// <param name="toolDirectory">Where <see cref="ToolAssembly"/> is looked for.</param>
    public static Command Create(CliContext context, string toolDirectory)
    {
        var command = new Command("bench", "Measure the per-return path against a naive baseline, then a simulated national quarter on " +
            "the engines: runs the bench tool (bcf-bench) from beside bcf with these arguments ('bcf bench -- --help' for its options).")
        {
            // Every argument is the tool's: its options are checked, and explained, by the tool.
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, toolDirectory, parsed.UnmatchedTokens, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string toolDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var tool = Path.Combine(toolDirectory, ToolAssembly);
        if (!File.Exists(tool))
        {
            context.Error.WriteLine($"bcf bench: the bench tool is not beside bcf (no {tool}). It is not part of the product; " +
                "from the repository, 'bash scripts/bench.sh [options]' builds and runs it.");
            return ExitCodes.Failed;
        }
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var bench = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        bench.OutputDataReceived += (_, line) => Forward(context.Out, line.Data);
        bench.ErrorDataReceived += (_, line) => Forward(context.Error, line.Data);
        bench.BeginOutputReadLine();
        bench.BeginErrorReadLine();
        try
        {
            await bench.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            bench.Kill(entireProcessTree: true);
            await bench.WaitForExitAsync(CancellationToken.None);
            context.Error.WriteLine("bcf bench: interrupted; the bench tool and its Azurite were stopped.");
            return ExitCodes.Failed;
        }
        return bench.ExitCode;
    }

    /// <summary>The dotnet host running bcf (<c>dotnet bcf.dll</c>, a test host), else the one on the PATH (bcf started as
    /// its own executable).</summary>
    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) is "dotnet" ? Environment.ProcessPath! : "dotnet";

    private static void Forward(TextWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (writer)
        {
            writer.WriteLine(line);
        }
    }
}
