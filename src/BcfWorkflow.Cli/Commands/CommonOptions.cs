using System.CommandLine;

namespace BcfWorkflow.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<string> Plan() => new("--plan")
    {
        Description = "The area's plan for the year (plan.json).",
        Required = true,
        HelpName = "plan.json",
    };
}
