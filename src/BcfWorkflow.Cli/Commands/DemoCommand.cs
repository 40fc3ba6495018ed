using System.CommandLine;
using BcfWorkflow.Demo;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf demo [--out DIR]</c>: a whole quarterly cycle on the local durable engine with a compressed clock
/// (src/BcfWorkflow.Demo).</summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var outDir = new Option<string>("--out")
        {
            Description = "Where to leave template.{xlsx,csv,json}, summary.json, audit.jsonl and emails/*.eml.",
            DefaultValueFactory = _ => "out",
            HelpName = "DIR",
        };
        var data = new Option<string?>("--data")
        {
            Description = "Keep the demo's storage here (default: a temporary folder, removed at the end).",
            HelpName = "DIR",
        };
        var plain = new Option<bool>("--plain") { Description = "One line per event instead of the live table." };
        var command = new Command("demo", "Run a whole quarterly cycle for the sample area in about a minute: contributors on time, late, " +
            "refused then accepted, sent back at sign-off; reminders; approval; the template in --out.")
        {
            outDir, data, plain,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new DemoSettings(parsed.GetValue(outDir)!, parsed.GetValue(data), parsed.GetValue(plain), DemoSettings.DefaultSamplesRoot);
            return await DemoRunner.RunAsync(settings, context.Out, context.Error, context.Clock, cancellationToken) ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
