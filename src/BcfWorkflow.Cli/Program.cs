namespace BcfWorkflow.Cli;

internal static class Program
{
    private static int Main(string[] args) => BcfCli.Run(args, Console.Out, Console.Error);
}
