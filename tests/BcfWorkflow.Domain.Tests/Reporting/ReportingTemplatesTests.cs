using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Tests.Reporting;

public class ReportingTemplatesTests
{
    [Fact]
    public void For_2024To25_TheQ2TemplatesNumberedSheets()
    {
        var template = ReportingTemplates.For("2024-25");

        Assert.True(template.IsKnownYear);
        Assert.Equal(["1. Guidance", "2. Cover", "3. National Conditions", "4. Metrics", "6. Expenditure"], template.Sheets.All);
        Assert.Equal("Better Care Fund 2024-25 Q2 Reporting Template", template.Title("Q2"));
    }

    [Fact]
    public void For_2024To25_FourConditionsFourMetricsAndTheAssessmentValues()
    {
        var template = ReportingTemplates.For("2024-25");

        Assert.Equal(4, template.NationalConditions.Count);
        Assert.Equal(["Avoidable admissions", "Falls", "Discharge to normal place of residence", "Residential Admissions"], template.Metrics.Select(m => m.Name));
        Assert.All(template.Metrics, m => Assert.NotEmpty(m.Definition));
        Assert.Equal(["On track to meet target", "Not on track to meet target", "Data not available to assess progress"], template.AssessmentsFor("Q2"));
        Assert.Equal(["Achieved", "Not Achieved", "Data not available"], template.AssessmentsFor("Q4"));
        Assert.Contains(template.CoverQuestions, q => q is { Key: CoverQuestionKeys.CompletedBy, Label: "Completed by:" });
        Assert.Equal(7, template.FundingSources.Count);
    }

    [Theory]
    [InlineData("2026-27")]
    [InlineData("2019-20")]
    public void For_YearNotInTheData_NearestYearsSheetsAndNothingGuessed(string year)
    {
        var template = ReportingTemplates.For(year);

        Assert.False(template.IsKnownYear);
        Assert.Equal(year, template.Year);
        Assert.Equal("6. Expenditure", template.Sheets.Expenditure);
        Assert.Empty(template.NationalConditions);
        Assert.Empty(template.Metrics);
        Assert.Empty(template.FundingSources);
        Assert.Equal($"Better Care Fund {year} Q1 Reporting Template", template.Title("Q1"));
    }

    [Fact]
    public void For_2025To26_FourConditionsThreeMetricsAndTheMergedSources()
    {
        var template = ReportingTemplates.For("2025-26");

        Assert.True(template.IsKnownYear);
        Assert.Equal(4, template.NationalConditions.Count);
        Assert.StartsWith("1) Plans to be jointly agreed", template.NationalConditions[0], StringComparison.Ordinal);
        Assert.Equal(["Emergency admissions", "Discharge delays", "Residential admissions"], template.Metrics.Select(m => m.Name));
        Assert.Contains("Local Authority Better Care Grant", template.FundingSources);
        Assert.DoesNotContain("iBCF", template.FundingSources);
        Assert.DoesNotContain("ICB Discharge Funding", template.FundingSources);
    }

    [Fact]
    public void KnownYears_EveryCoverQuestionIsAnAnswerWeKeepOnce()
    {
        Assert.All(ReportingTemplates.KnownYears.Select(ReportingTemplates.For), t =>
        {
            Assert.Equal(t.CoverQuestions.Count, t.CoverQuestions.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count());
            Assert.All(t.CoverQuestions, q => Assert.Contains(q.Key, CoverQuestionKeys.All));
        });
    }

    [Fact]
    public void KnownYears_EveryYearsSheetNamesAreValidAndDistinct()
    {
        Assert.Contains("2024-25", ReportingTemplates.KnownYears);
        Assert.All(ReportingTemplates.KnownYears.Select(ReportingTemplates.For), t =>
        {
            Assert.Equal(t.Sheets.All.Count, t.Sheets.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            // Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ].
            Assert.All(t.Sheets.All, n => Assert.True(n.Length is > 0 and <= 31 && n.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0, n));
            Assert.All(t.InYearAssessments.Concat(t.YearEndAssessments), a => Assert.DoesNotContain(",", a, StringComparison.Ordinal));
        });
    }
}
