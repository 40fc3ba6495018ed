using System.CommandLine;
using BcfWorkflow.Cli.Input;
using BcfWorkflow.Cli.Output;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Cli.Commands;

/// <summary>
/// <c>bcf aggregate --plan plan.json --returns FILE... --out DIR [--quarter Q2]</c>: validates every return, and only
/// when all are valid writes summary.json, template.xlsx and template.csv into DIR (atomically).
/// </summary>
public static class AggregateCommand
{
    public static readonly IReadOnlyList<string> OutputFileNames = ["summary.json", "template.xlsx", "template.csv"];

    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var returns = new Option<string[]>("--returns")
        {
            Description = "The contributors' returns, one file each (the contributor is found from the scheme ids).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE...",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write summary.json, template.xlsx and template.csv. Left untouched when any input is invalid.",
            Required = true,
            HelpName = "DIR",
        };
        var quarter = new Option<string?>("--quarter")
        {
            Description = "The quarter reported, Q1 to Q4. " + DefaultQuarter.Description,
            HelpName = "Q2",
        };
        quarter.Validators.Add(result =>
        {
            if (!Quarter.TryParse(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError("--quarter must be Q1, Q2, Q3 or Q4.");
            }
        });
        var command = new Command("aggregate", "Check every return and aggregate them into the area's quarterly template.")
        {
            plan, returns, output, quarter,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(plan)!, parsed.GetValue(returns)!, parsed.GetValue(output)!, parsed.GetValue(quarter)));
        return command;
    }

    public static int Execute(CliContext context, string planPath, IReadOnlyList<string> returnPaths, string outputDirectory, string? quarterText)
    {
        var planRead = InputFiles.ReadPlan(planPath);
        if (!planRead.IsValid)
        {
            IssuePrinter.Print(planRead.Issues, context.Error);
            return ExitCodes.InvalidInput;
        }
        var plan = planRead.Plan!;
        var (returns, issues) = ReadAll(plan, returnPaths);
        if (issues.Any(i => i.Severity == IssueSeverity.Error))
        {
            IssuePrinter.Print(issues, context.Error);
            var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
            context.Error.WriteLine($"Nothing written: {errors} problem{(errors == 1 ? "" : "s")}.");
            return ExitCodes.InvalidInput;
        }

        var quarter = quarterText is null
            ? DefaultQuarter.For(plan.Year, DateOnly.FromDateTime(context.Clock.GetLocalNow().Date))
            : Quarter.Parse(quarterText);
        var summary = AreaAggregator.Aggregate(plan, quarter, returns.Select(r => r.Return).ToList());
        IssuePrinter.Print(issues.Concat(summary.Warnings).DistinctBy(i => i.ToString()), context.Error);

        var cover = new TemplateCover(returns.Select(r => Submission(plan, r)).ToList(), SignOff: null);
        AtomicDirectoryWriter.Write(outputDirectory,
        [
            new OutputFile(OutputFileNames[0], stream => SummaryJsonWriter.Write(summary, stream)),
            new OutputFile(OutputFileNames[1], stream => TemplateXlsxWriter.Write(summary, cover, stream)),
            new OutputFile(OutputFileNames[2], stream => TemplateCsvWriter.Write(summary, stream)),
        ]);
        SummaryPrinter.Print(summary, context.Out);
        context.Out.WriteLine();
        context.Out.WriteLine($"Wrote {string.Join(", ", OutputFileNames)} to {Path.GetFullPath(outputDirectory)}");
        return ExitCodes.Success;
    }

    private static (List<LoadedReturn> Returns, List<ValidationIssue> Issues) ReadAll(Plan plan, IReadOnlyList<string> paths)
    {
        var returns = new List<LoadedReturn>();
        var issues = new List<ValidationIssue>();
        foreach (var path in paths)
        {
            var read = InputFiles.ReadReturn(plan, contributorId: null, path);
            issues.AddRange(read.Issues);
            if (!read.IsValid)
            {
                continue;
            }
            var earlier = returns.FirstOrDefault(r => string.Equals(r.Return.ContributorId, read.Return!.ContributorId, StringComparison.OrdinalIgnoreCase));
            if (earlier is not null)
            {
                issues.Add(new ValidationIssue(InputIssueCodes.DuplicateReturn, path, null, null,
                    $"a second return for contributor '{read.Return!.ContributorId}' (the first is {earlier.Path})"));
                continue;
            }
            returns.Add(new LoadedReturn(path, read.Return!));
        }
        return (returns, issues);
    }

    private static SubmissionRecord Submission(Plan plan, LoadedReturn read)
    {
        var contributor = plan.FindContributor(read.Return.ContributorId);
        return new SubmissionRecord(
            read.Return.ContributorId,
            contributor?.Name ?? read.Return.ContributorId,
            Version: 1,
            Path.GetFileName(read.Path),
            new DateTimeOffset(File.GetLastWriteTimeUtc(read.Path), TimeSpan.Zero),
            contributor?.Email ?? "");
    }
}
