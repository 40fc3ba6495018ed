namespace BcfWorkflow.Domain.Reporting;

/// <summary>NHS England's quarterly reporting template for one financial year: its numbered sheets, the national
/// conditions and metrics the lead answers, the assessment values, the cover's questions and the sources of funding
/// in template order.</summary>
/// <remarks>Data, not code: read from reporting-templates.json by <see cref="ReportingTemplates"/>. For a year the data
/// does not hold, <see cref="IsKnownYear"/> is false and the lists of conditions and metrics are empty (the sheets
/// and cover questions are the nearest known year's).</remarks>
public sealed record ReportingTemplate(
    string Year,
    bool IsKnownYear,
    ReportingSheets Sheets,
    IReadOnlyList<CoverQuestion> CoverQuestions,
    IReadOnlyList<string> NationalConditions,
    IReadOnlyList<ReportingMetric> Metrics,
    IReadOnlyList<string> InYearAssessments,
    IReadOnlyList<string> YearEndAssessments,
    IReadOnlyList<string> FundingSources)
{
    /// <summary>"Better Care Fund 2024-25 Q2 Reporting Template".</summary>
    public string Title(string quarter) => $"Better Care Fund {Year} {quarter} Reporting Template";

    /// <summary>The assessment values of a quarter's return: the year-end ones in Q4, the in-year ones before.</summary>
    public IReadOnlyList<string> AssessmentsFor(string quarter) =>
        string.Equals(quarter, "Q4", StringComparison.OrdinalIgnoreCase) ? YearEndAssessments : InYearAssessments;
}

/// <summary>A question on the cover: <see cref="Key"/> is one of <see cref="CoverQuestionKeys"/>, the answer kept;
/// <see cref="Label"/> is the year's wording.</summary>
public sealed record CoverQuestion(string Key, string Label);
