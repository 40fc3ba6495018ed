using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Cli.Output;

/// <summary>Prints issues one a line: errors as <c>FILE:ROW:COLUMN: message</c>, warnings with a "warning: " prefix.</summary>
public static class IssuePrinter
{
    public const string WarningPrefix = "warning: ";

    public static void Print(IEnumerable<ValidationIssue> issues, TextWriter writer)
    {
        foreach (var issue in issues.OrderBy(i => i.Severity))
        {
            writer.WriteLine(issue.Severity == IssueSeverity.Warning ? WarningPrefix + issue : issue.ToString());
        }
    }
}
