using System.Text.Json;
using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes template.json: the summary document (summary.json's shape, docs/interfaces.md) followed by the lead's
/// sheets: <c>templateStatus</c> ("Complete Template" or "Incomplete Template"), <c>missing</c> (what is still blank,
/// by sheet), and <c>leadAnswers</c> (the cover, national conditions and metrics with the year's wording beside each
/// answer; null when the lead saved none).</summary>
public static class TemplateJsonWriter
{
    public static void Write(AreaSummary summary, TemplateCover cover, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(output);
        var document = JsonSerializer.SerializeToNode(SummaryDocument.From(summary), SummaryJson.Options)!.AsObject();
        var completeness = TemplateCompleteness.Of(summary, cover.Answers);
        document["templateStatus"] = completeness.Status;
        document["missing"] = JsonSerializer.SerializeToNode(completeness.Missing.Select(m => new { m.Sheet, m.Field, m.Description }), SummaryJson.Options);
        document["leadAnswers"] = cover.Answers is { } answers ? Answers(answers, ReportingTemplates.For(summary.Year), summary.Quarter) : null;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = SummaryJson.Options.Encoder });
        document.WriteTo(writer, SummaryJson.Options);
    }

    private static JsonNode Answers(LeadAnswers answers, ReportingTemplate template, string quarter)
    {
        var cover = answers.Cover ?? CoverAnswers.Empty;
        var lead = new
        {
            Cover = template.CoverQuestions.Select(q => new { q.Key, Question = q.Label, Answer = CoverQuestionKeys.Answer(cover, q.Key) }),
            NationalConditions = template.NationalConditions.Select((text, i) => answers.Condition(i + 1) is var a
                ? new { Number = i + 1, Condition = text, Met = CoverQuestionKeys.YesNo(a?.Met), a?.Explanation }
                : null),
            Metrics = template.Metrics.Select(m => answers.Metric(m.Name) is var a
                ? new { m.Name, m.Definition, a?.Assessment, a?.Challenges, a?.Achievements }
                : null),
            Assessments = template.AssessmentsFor(quarter),
        };
        return JsonSerializer.SerializeToNode(lead, SummaryJson.Options)!;
    }
}
