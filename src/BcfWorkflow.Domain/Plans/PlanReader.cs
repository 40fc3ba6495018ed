using System.Text.Json;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>Reads plan.json (the shape in docs/interfaces.md) and checks it is coherent.</summary>
/// <remarks>
/// Every problem is reported at once; the plan is returned only when there is none. Issues carry the JSON path
/// (e.g. <c>schemes[3].sourceOfFunding</c>) as their column, and the line for invalid JSON as their row.
/// </remarks>
public static class PlanReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
        AllowDuplicateProperties = false, // "year" given twice is refused, not read as the last one
    };

    public static PlanReadResult Read(Stream json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            int? row = e.LineNumber is { } line ? (int)line + 1 : null;
            var issue = new ValidationIssue(IssueCodes.InvalidJson, fileName, row, null, $"Not valid JSON: {FirstSentence(e.Message)}");
            return new PlanReadResult(null, [issue]);
        }

        using (document)
        {
            var issues = new PlanIssues(fileName);
            var plan = new PlanJsonMapper(issues).Map(document.RootElement);
            if (plan is not null)
            {
                PlanConsistency.Check(plan, issues);
            }
            return new PlanReadResult(issues.HasErrors ? null : plan, issues.All);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
