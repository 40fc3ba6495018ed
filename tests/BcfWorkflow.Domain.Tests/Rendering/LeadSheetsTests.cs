using System.Text;
using System.Text.Json;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Tests.Reporting;
using static BcfWorkflow.Domain.Tests.Rendering.TemplateXlsxWriterTests;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>The lead's answers in the template's own sheets (cover, national conditions, metrics), the template's
/// status and checklist on the cover, and the same answers in template.json and answers.csv.</summary>
public class LeadSheetsTests
{
    private static AreaSummary CompleteSummary() =>
        SampleSummary.Create() with { Checklist = [new ChecklistItem(TemplateColumns.ExpenditureToDate, true)] };

    private static TemplateCover CoverWith(LeadAnswers? answers) => SampleSummary.Cover() with { Answers = answers };

    [Fact]
    public void Write_CompleteAnswers_CoverSaysCompleteTemplateAndEverySheetCompleted()
    {
        using var xlsx = Probe(CompleteSummary(), CoverWith(CompleteLeadAnswers.For("2024-25")));

        var status = xlsx.RowOf(Cover, "Template status");
        Assert.Equal("Complete Template", xlsx.Cell(Cover, $"B{status}")!.Value);
        Assert.Equal(["Yes", "Yes", "Yes", "Yes"], Enumerable.Range(status + 2, 4).Select(r => xlsx.Cell(Cover, $"B{r}")!.Value));
        Assert.DoesNotContain(xlsx.Worksheet(Cover).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>(), c => c.InnerText == "Still to complete");
    }

    [Fact]
    public void Write_Answers_InTheCoversInputCellsBesideTheirQuestions()
    {
        using var xlsx = Probe(CompleteSummary(), CoverWith(CompleteLeadAnswers.For("2024-25")));

        Assert.Equal("Jo Lead", xlsx.Cell(Cover, $"B{xlsx.RowOf(Cover, "Completed by:")}")!.Value);
        Assert.Equal("jo.lead@leics.gov.uk", xlsx.Cell(Cover, $"B{xlsx.RowOf(Cover, "E-mail:")}")!.Value);
        Assert.Equal("Yes", xlsx.Cell(Cover, $"B{xlsx.RowOf(Cover, "Has this report been signed off by (or on behalf of) the HWB at the time of submission?")}")!.Value);
        Assert.Equal("30/10/2024", xlsx.Cell(Cover, $"B{xlsx.RowOf(Cover, "Date signed off:")}")!.Value);
        Assert.Equal("FFFFFFCC", xlsx.FillColour(Cover, $"B{xlsx.RowOf(Cover, "Completed by:")}"));
    }

    [Fact]
    public void Write_ConditionsAndMetrics_AnswersInTheirRows()
    {
        var answers = CompleteLeadAnswers.For("2024-25");
        answers = answers with
        {
            NationalConditions = [.. answers.NationalConditions.Select(c => c.Number == 2 ? c with { Met = false, Explanation = "=Recruitment delayed" } : c)],
            Metrics = [.. answers.Metrics.Select(m => m.Metric == "Falls" ? m with { Assessment = "not on track to meet target" } : m)],
        };

        using var xlsx = Probe(CompleteSummary(), CoverWith(answers));

        var conditions = xlsx.RowOf(Conditions, "National Condition");
        Assert.Equal(("Yes", "No"), (xlsx.Cell(Conditions, $"B{conditions + 1}")!.Value, xlsx.Cell(Conditions, $"B{conditions + 2}")!.Value));
        // Text is text: an answer that starts like a formula is never a formula.
        Assert.Equal("=Recruitment delayed", xlsx.Cell(Conditions, $"C{conditions + 2}")!.Value);
        Assert.Null(xlsx.RawCell(Conditions, $"C{conditions + 2}")!.CellFormula);
        var metrics = xlsx.RowOf(Metrics, "Metric");
        var falls = metrics + 2;
        Assert.Equal("Falls", xlsx.Cell(Metrics, $"A{falls}")!.Value);
        Assert.Equal(("Not on track to meet target", "Challenges for Falls", "Achievements for Falls"),
            (xlsx.Cell(Metrics, $"C{falls}")!.Value, xlsx.Cell(Metrics, $"D{falls}")!.Value, xlsx.Cell(Metrics, $"E{falls}")!.Value));
    }

    [Fact]
    public void Write_NoAnswers_IncompleteTemplateListingWhatIsMissing()
    {
        using var xlsx = Probe(CompleteSummary(), CoverWith(null));

        Assert.Equal("Incomplete Template", xlsx.Cell(Cover, $"B{xlsx.RowOf(Cover, "Template status")}")!.Value);
        var still = xlsx.RowOf(Cover, "Still to complete");
        Assert.True(still > 0);
        Assert.Equal("2. Cover: Health and Wellbeing Board:", xlsx.Cell(Cover, $"A{still + 1}")!.Value);
    }

    [Fact]
    public void Write_OurOwnBlankTemplate_IsAWorkbookTheOfficialFillerCanFillIn()
    {
        // Our template.xlsx keeps the national workbook's labels and scheme table, each label once: a lead may attach
        // it as the workbook to fill (the page tests do), and it must read as NHS England's would.
        var plan = Builders.PlanBuilder.Leicestershire().Build();
        var blank = Write(AreaAggregator.Aggregate(plan, new Domain.Model.Quarter(2), []), TemplateCover.Empty);

        var inspection = Domain.Rendering.Official.ReportingWorkbook.Inspect(new MemoryStream(blank), "template.xlsx", plan, "Q2");

        Assert.Empty(inspection.Problems);
        Assert.Equal(plan.Schemes.Count, inspection.SchemeRows);
        Assert.Contains(inspection.Inputs, i => i.Field == "cover.completedBy");
        Assert.Contains(inspection.Inputs, i => i.Field == "metrics.4.achievements");
    }

    [Fact]
    public void Write_AnotherAreasTemplate_RefusedAsTheWorkbookEvenWithTheSameSchemeIds()
    {
        // The trial: Rutland's copy of the plan (same scheme ids) gave a workbook that was taken for Leicestershire's.
        var plan = Builders.PlanBuilder.Leicestershire().Build();
        var rutland = Write(AreaAggregator.Aggregate(plan with { Area = "Rutland" }, new Domain.Model.Quarter(2), []), TemplateCover.Empty);

        var problem = Assert.Single(Domain.Rendering.Official.ReportingWorkbook.Inspect(new MemoryStream(rutland), "rutland.xlsx", plan, "Q2").Problems);

        Assert.StartsWith("This workbook is for Rutland ('2. Cover'!B2, beside \"Selected Health and Wellbeing Board:\"), not Leicestershire.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateJson_SummaryShapeThenTheLeadsSheets()
    {
        using var json = Json(CompleteSummary(), CoverWith(CompleteLeadAnswers.For("2024-25")));

        var root = json.RootElement;
        Assert.Equal(
            ["area", "year", "quarter", "runningBalances", "requiredSpend", "schemes", "checklist", "warnings", "templateStatus", "missing", "leadAnswers"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Complete Template", root.GetProperty("templateStatus").GetString());
        var cover = root.GetProperty("leadAnswers").GetProperty("cover");
        Assert.Contains(cover.EnumerateArray(), q => q.GetProperty("key").GetString() == "signedOffOn" && q.GetProperty("answer").GetString() == "30/10/2024");
        var condition = root.GetProperty("leadAnswers").GetProperty("nationalConditions")[0];
        Assert.Equal((1, "Yes"), (condition.GetProperty("number").GetInt32(), condition.GetProperty("met").GetString()));
        Assert.Equal("On track to meet target", root.GetProperty("leadAnswers").GetProperty("metrics")[3].GetProperty("assessment").GetString());
    }

    [Fact]
    public void TemplateJson_NoAnswers_LeadAnswersNullAndMissingListed()
    {
        using var json = Json(CompleteSummary(), CoverWith(null));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("leadAnswers").ValueKind);
        Assert.Equal("Incomplete Template", json.RootElement.GetProperty("templateStatus").GetString());
        Assert.Equal(21, json.RootElement.GetProperty("missing").GetArrayLength());
    }

    [Fact]
    public void AnswersCsv_OneAnswerARecord_FormulaTextNeutralised()
    {
        var answers = CompleteLeadAnswers.For("2024-25");
        answers = answers with { Cover = answers.Cover with { CompletedBy = "=cmd|'/c calc'!A1" } };
        using var output = new MemoryStream();

        TemplateAnswersCsvWriter.Write(CompleteSummary(), CoverWith(answers), output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("\uFEFFSheet,Item,Question,Answer\r\n", text, StringComparison.Ordinal);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // Header, status, 9 cover questions, 4 conditions × 2, 4 metrics × 3.
        Assert.Equal(1 + 1 + 9 + 8 + 12, lines.Length);
        Assert.Equal("Better Care Fund 2024-25 Q2 Reporting Template,,Template status,Complete Template", lines[1]);
        Assert.Contains("2. Cover,,Completed by:,'=cmd|'/c calc'!A1", lines, StringComparer.Ordinal);
        Assert.Contains("4. Metrics,Falls,Achievements,Achievements for Falls", lines, StringComparer.Ordinal);
    }

    private static JsonDocument Json(AreaSummary summary, TemplateCover cover)
    {
        using var output = new MemoryStream();
        TemplateJsonWriter.Write(summary, cover, output);
        return JsonDocument.Parse(output.ToArray());
    }
}
