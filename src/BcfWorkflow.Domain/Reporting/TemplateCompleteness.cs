using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Reporting;

/// <summary>Whether the whole template is complete, as the national workbook's title says it: every required cell of
/// the lead's sheets answered and every column of the expenditure checklist complete.</summary>
public sealed record TemplateCompleteness(IReadOnlyList<MissingAnswer> Missing)
{
    public const string Complete = "Complete Template";
    public const string Incomplete = "Incomplete Template";

    public bool IsComplete => Missing.Count == 0;

    /// <summary>"Complete Template" or "Incomplete Template".</summary>
    public string Status => IsComplete ? Complete : Incomplete;

    public static TemplateCompleteness Of(AreaSummary summary, LeadAnswers? answers)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var template = ReportingTemplates.For(summary.Year);
        var missing = LeadAnswersCheck.Missing(answers ?? LeadAnswers.Empty, template, summary.Quarter).ToList();
        missing.AddRange(summary.Checklist.Where(c => !c.Complete).Select(c =>
            new MissingAnswer(template.Sheets.Expenditure, $"expenditure.{c.Column}", $"{c.Column}: blank for some schemes")));
        return new TemplateCompleteness(missing);
    }

    /// <summary>Whether each sheet is complete, in workbook order (the Guidance sheet has nothing to complete).</summary>
    public IReadOnlyList<(string Sheet, bool Complete)> Sheets(ReportingSheets sheets) =>
        [.. new[] { sheets.Cover, sheets.NationalConditions, sheets.Metrics, sheets.Expenditure }
            .Select(s => (s, !Missing.Any(m => string.Equals(m.Sheet, s, StringComparison.Ordinal))))];
}
