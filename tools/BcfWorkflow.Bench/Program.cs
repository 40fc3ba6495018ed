namespace BcfWorkflow.Bench;

internal static class Program
{
    private static int Main(string[] args) => BenchCli.Run(args, Console.Out, Console.Error);
}
