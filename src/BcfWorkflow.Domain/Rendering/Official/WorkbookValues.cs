using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>The value of each field the workbook takes (see <see cref="ReportingWorkbookInput.Field"/>): a decimal,
/// a DateOnly, or text; a field with no value is left as it was.</summary>
internal static class WorkbookValues
{
    public static IReadOnlyDictionary<string, object> Of(AreaSummary summary, TemplateCover cover, ReportingTemplate template)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var line in summary.Schemes)
        {
            var id = line.Scheme.Id;
            if (line.Returned)
            {
                values[$"expenditure.{id}.outputs"] = line.OutputsDeliveredToDate is { } outputs ? outputs : "NA";
                if (!string.IsNullOrWhiteSpace(line.Comments))
                {
                    values[$"expenditure.{id}.comments"] = line.Comments;
                }
            }
            if (line.ExpenditureToDate is { } spent)
            {
                values[$"expenditure.{id}.expenditure"] = spent;
            }
        }

        var answers = cover.Answers ?? LeadAnswers.Empty;
        var coverAnswers = answers.Cover ?? CoverAnswers.Empty;
        foreach (var question in template.CoverQuestions)
        {
            object? value = question.Key switch
            {
                CoverQuestionKeys.SignedOffOn => coverAnswers.SignedOffOn,
                CoverQuestionKeys.ExpectedSignOffOn => coverAnswers.ExpectedSignOffOn,
                _ => CoverQuestionKeys.Answer(coverAnswers, question.Key),
            };
            Add(values, $"cover.{question.Key}", value);
        }
        foreach (var condition in answers.NationalConditions ?? [])
        {
            var field = $"nationalConditions.{condition.Number.ToString(CultureInfo.InvariantCulture)}";
            Add(values, $"{field}.met", CoverQuestionKeys.YesNo(condition.Met));
            Add(values, $"{field}.explanation", Text(condition.Explanation));
        }
        var assessments = template.AssessmentsFor(summary.Quarter);
        foreach (var metric in answers.Metrics ?? [])
        {
            var index = LeadAnswersCheck.IndexOfMetric(template, metric.Metric);
            if (index == 0)
            {
                continue;
            }
            var field = $"metrics.{index.ToString(CultureInfo.InvariantCulture)}";
            var assessment = Text(metric.Assessment);
            Add(values, $"{field}.assessment", assessments.FirstOrDefault(a => string.Equals(a, assessment, StringComparison.OrdinalIgnoreCase)) ?? assessment);
            Add(values, $"{field}.challenges", Text(metric.Challenges));
            Add(values, $"{field}.achievements", Text(metric.Achievements));
        }
        return values;
    }

    private static void Add(Dictionary<string, object> values, string field, object? value)
    {
        if (value is not null)
        {
            values[field] = value;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
