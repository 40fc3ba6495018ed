using System.Text;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes answers.csv: the lead's sheets (cover, national conditions, metrics) one answer per record, with the
/// template's status first: <c>Sheet,Item,Question,Answer</c>. template.csv stays the expenditure sheet's scheme table
/// (it re-imports as a return); this file carries the rest of the template. RFC 4180 quoting, CRLF, UTF-8 with BOM;
/// text that starts like a formula is prefixed with a single quote.</summary>
public static class TemplateAnswersCsvWriter
{
    public static readonly IReadOnlyList<string> Header = ["Sheet", "Item", "Question", "Answer"];

    public static void Write(AreaSummary summary, TemplateCover cover, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(output);
        var template = ReportingTemplates.For(summary.Year);
        var answers = cover.Answers ?? LeadAnswers.Empty;
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        void Record(string sheet, string item, string question, string? answer) =>
            writer.WriteLine(string.Join(',', CsvField.Text(sheet), CsvField.Text(item), CsvField.Text(question), CsvField.Text(answer)));

        writer.WriteLine(string.Join(',', Header.Select(CsvField.Text)));
        Record(template.Title(summary.Quarter), "", "Template status", TemplateCompleteness.Of(summary, cover.Answers).Status);
        var coverAnswers = answers.Cover ?? CoverAnswers.Empty;
        foreach (var question in template.CoverQuestions)
        {
            Record(template.Sheets.Cover, "", question.Label, CoverQuestionKeys.Answer(coverAnswers, question.Key));
        }
        for (var number = 1; number <= template.NationalConditions.Count; number++)
        {
            var condition = template.NationalConditions[number - 1];
            var answer = answers.Condition(number);
            Record(template.Sheets.NationalConditions, condition, "Confirmation", CoverQuestionKeys.YesNo(answer?.Met));
            Record(template.Sheets.NationalConditions, condition, "Explanation if not met", answer?.Explanation);
        }
        foreach (var metric in template.Metrics)
        {
            var answer = answers.Metric(metric.Name);
            Record(template.Sheets.Metrics, metric.Name, "Assessment of progress", answer?.Assessment);
            Record(template.Sheets.Metrics, metric.Name, "Challenges and any support needs", answer?.Challenges);
            Record(template.Sheets.Metrics, metric.Name, "Achievements", answer?.Achievements);
        }
    }
}
