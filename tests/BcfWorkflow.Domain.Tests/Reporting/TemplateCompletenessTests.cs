using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Tests.Rendering;

namespace BcfWorkflow.Domain.Tests.Reporting;

public class TemplateCompletenessTests
{
    [Fact]
    public void Of_EveryAnswerAndEveryChecklistColumn_CompleteTemplate()
    {
        var summary = SampleSummary.Create() with { Checklist = [new ChecklistItem(TemplateColumns.ExpenditureToDate, true)] };

        var completeness = TemplateCompleteness.Of(summary, CompleteLeadAnswers.For("2024-25"));

        Assert.True(completeness.IsComplete);
        Assert.Equal("Complete Template", completeness.Status);
        Assert.All(completeness.Sheets(ReportingTemplates.For("2024-25").Sheets), s => Assert.True(s.Complete, s.Sheet));
    }

    [Fact]
    public void Of_AChecklistColumnIncomplete_IncompleteNamingTheExpenditureColumn()
    {
        var summary = SampleSummary.Create() with { Checklist = [new ChecklistItem(TemplateColumns.ExpenditureToDate, false)] };

        var completeness = TemplateCompleteness.Of(summary, CompleteLeadAnswers.For("2024-25"));

        Assert.Equal("Incomplete Template", completeness.Status);
        var missing = Assert.Single(completeness.Missing);
        Assert.Equal(("6. Expenditure", $"{TemplateColumns.ExpenditureToDate}: blank for some schemes"), (missing.Sheet, missing.Description));
        Assert.Equal([true, true, true, false], completeness.Sheets(ReportingTemplates.For("2024-25").Sheets).Select(s => s.Complete));
    }

    [Fact]
    public void Of_NoAnswers_IncompleteWithTheLeadsSheets()
    {
        var summary = SampleSummary.Create() with { Checklist = [] };

        var completeness = TemplateCompleteness.Of(summary, null);

        Assert.False(completeness.IsComplete);
        Assert.Equal([false, false, false, true], completeness.Sheets(ReportingTemplates.For("2024-25").Sheets).Select(s => s.Complete));
    }
}
