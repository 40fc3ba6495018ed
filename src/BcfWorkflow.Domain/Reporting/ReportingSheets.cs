namespace BcfWorkflow.Domain.Reporting;

/// <summary>The template's sheet names, numbered as the year's template numbers them ("6. Expenditure").</summary>
public sealed record ReportingSheets(string Guidance, string Cover, string NationalConditions, string Metrics, string Expenditure)
{
    /// <summary>In workbook order.</summary>
    public IReadOnlyList<string> All => [Guidance, Cover, NationalConditions, Metrics, Expenditure];
}
