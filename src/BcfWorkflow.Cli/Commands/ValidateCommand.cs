using System.CommandLine;
using System.Globalization;
using BcfWorkflow.Cli.Input;
using BcfWorkflow.Cli.Output;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf validate --plan plan.json --contributor ID FILE</c>: checks one return; never writes anything.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var contributor = new Option<string>("--contributor")
        {
            Description = "The contributor whose return this is (its id in the plan).",
            Required = true,
            HelpName = "ID",
        };
        var file = new Argument<string>("FILE") { Description = "The return: CSV, or an .xlsx whose first sheet holds the rows." };
        var command = new Command("validate", "Check one contributor's return against the plan. Exit 0 when valid, 1 with one line per problem (FILE:ROW:COLUMN: message) when not.")
        {
            plan, contributor, file,
        };
        command.SetAction(parsed => Execute(context, parsed.GetValue(plan)!, parsed.GetValue(contributor)!, parsed.GetValue(file)!));
        return command;
    }

    public static int Execute(CliContext context, string planPath, string contributorId, string returnPath)
    {
        var planRead = InputFiles.ReadPlan(planPath);
        if (!planRead.IsValid)
        {
            IssuePrinter.Print(planRead.Issues, context.Error);
            return ExitCodes.InvalidInput;
        }
        var plan = planRead.Plan!;
        var contributor = plan.FindContributor(contributorId);
        if (contributor is null)
        {
            var known = string.Join(", ", plan.Contributors.Select(c => c.Id));
            IssuePrinter.Print(
                [new ValidationIssue(InputIssueCodes.UnknownContributor, planPath, null, null, $"no contributor '{contributorId}' in the plan (known: {known})")],
                context.Error);
            return ExitCodes.InvalidInput;
        }

        var read = InputFiles.ReadReturn(plan, contributor.Id, returnPath);
        IssuePrinter.Print(read.Issues, context.Error);
        if (!read.IsValid)
        {
            return ExitCodes.InvalidInput;
        }
        var rows = read.Return!.Rows;
        var spent = rows.Sum(r => r.ExpenditureToDate);
        var warnings = read.Warnings.Count();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{returnPath}: valid return from {contributor.Name}{(read.Sheet is null ? "" : $" (sheet '{read.Sheet}')")}: {rows.Count} scheme{(rows.Count == 1 ? "" : "s")}, £{spent:N0} spent to date, {warnings} warning{(warnings == 1 ? "" : "s")}."));
        return ExitCodes.Success;
    }
}
