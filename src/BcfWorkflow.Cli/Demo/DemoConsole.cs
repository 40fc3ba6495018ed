using Spectre.Console;

namespace BcfWorkflow.Cli.Demo;

/// <summary>A live terminal when bcf writes to one, otherwise plain text on the command's writer.</summary>
internal static class DemoConsole
{
    public static bool CanGoLive(CliContext context, bool plain) =>
        !plain && ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static IAnsiConsole Create(CliContext context, bool live)
    {
        if (live)
        {
            return AnsiConsole.Console;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(context.Out),
        });
        console.Profile.Width = 120;
        return console;
    }
}
