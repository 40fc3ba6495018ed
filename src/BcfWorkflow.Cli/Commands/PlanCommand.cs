using System.CommandLine;
using System.Globalization;
using BcfWorkflow.Cli.Input;
using BcfWorkflow.Cli.Output;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Cli.Commands;

/// <summary>
/// <c>bcf plan import --schemes FILE [--details FILE] --out plan.json</c>: builds plan.json from the scheme table a
/// lead keeps and the plan details (<see cref="PlanImporter"/>); writes it only when there is no problem.
/// </summary>
public static class PlanCommand
{
    private const string ImportDescription =
        "Build plan.json from the plan's scheme table and its plan details. Exit 0 with a one-line summary; 1 with one line per "
        + "problem (FILE:ROW:COLUMN: message) and nothing written.\n\n"
        + "The scheme table (--schemes): a CSV file, or a workbook (.xlsx, .xls, .ods) whose sheet has a header row with the template's "
        + "column names, one row per scheme (title rows above and a Total row below are skipped). Required: Scheme ID, Scheme Name, "
        + "Area of Spend, Commissioner (LA, NHS or Joint), Source of Funding, and the planned amount as 'Previously entered expenditure "
        + "for the year (£)' or 'Planned Expenditure (£)'. Also read: Brief Description, Scheme Type, Sub Types, the two 'Please specify' "
        + "columns, Planned Outputs for the year, Units, % NHS and % LA (60%, 60 or 0.6), Provider.\n\n"
        + "The plan details (--details FILE, or a sheet named 'Plan details' in the --schemes workbook): " + PlanDetailsLayout.Summary
        + ". A source of funding with no income row is an error, not a zero. For example:\n"
        + "  Health and Wellbeing Board | Leicestershire\n"
        + "  Financial year | 2024-25\n"
        + "  BCF lead name | BCF Lead\n"
        + "  BCF lead email | bcf.lead@example.gov.uk\n"
        + "  Minimum NHS commissioned out-of-hospital spend (£) | 14633036\n"
        + "  Minimum Adult Social Care spend (£) | 30774296\n"
        + "  Income: DFG | 4850818   (and one row for each other source)\n"
        + "  Contributor ID | Name | Email | Scheme IDs\n"
        + "  blaby | Blaby District Council | dfg@blaby.example.gov.uk | 52\n"
        + "  leicestershire-cc | Leicestershire County Council | bcf@leicestershire.example.gov.uk | 1-19, 31-46, 59\n\n"
        + "A filled-in example to start from: samples/plan-import (schemes.csv, plan-details.csv, README.md).";

    public static Command Create(CliContext context)
    {
        var plan = new Command("plan", "Work with an area's plan for the year (plan.json).");
        plan.Subcommands.Add(Import(context));
        return plan;
    }

    private static Command Import(CliContext context)
    {
        var schemes = new Option<string>("--schemes")
        {
            Description = "The scheme table: CSV, or a workbook (its 'Plan details' sheet is read too unless --details is given).",
            Required = true,
            HelpName = "FILE",
        };
        var details = new Option<string?>("--details")
        {
            Description = "The plan details as a file of their own (CSV or workbook). Default: the 'Plan details' sheet of the --schemes workbook.",
            HelpName = "FILE",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write plan.json (replaced atomically; not touched when there is any problem).",
            Required = true,
            HelpName = "plan.json",
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && Directory.Exists(path))
            {
                result.AddError($"--out {path} is a folder: give the plan file's path, such as {Path.Combine(path, "plan.json")}.");
            }
        });
        var command = new Command("import", ImportDescription) { schemes, details, output };
        command.SetAction(parsed => Execute(context, parsed.GetValue(schemes)!, parsed.GetValue(details), parsed.GetValue(output)!));
        return command;
    }

    public static int Execute(CliContext context, string schemesPath, string? detailsPath, string outputPath)
    {
        var result = InputFiles.ImportPlan(schemesPath, detailsPath);
        if (!result.IsValid)
        {
            IssuePrinter.Print(result.Issues, context.Error);
            var errors = result.Issues.Count(i => i.Severity == IssueSeverity.Error);
            context.Error.WriteLine($"Nothing written: {errors} problem{(errors == 1 ? "" : "s")}.");
            return ExitCodes.InvalidInput;
        }
        AtomicFileWriter.Write(outputPath, result.PlanJson!);
        var plan = result.Plan!;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outputPath}: {plan.Area} {plan.Year}, {plan.Schemes.Count} schemes, {plan.Contributors.Count} contributors, income £{plan.Income.Sum(i => i.Income):N0}"));
        return ExitCodes.Success;
    }
}
