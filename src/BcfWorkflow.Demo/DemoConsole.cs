using Spectre.Console;

namespace BcfWorkflow.Demo;

/// <summary>A live terminal when bcf writes to one, otherwise plain text on the command's writer.</summary>
internal static class DemoConsole
{
    public static bool CanGoLive(TextWriter output, bool plain) =>
        !plain && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static IAnsiConsole Create(TextWriter output, bool live)
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
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        return console;
    }
}
