using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The "Expenditure" sheet, laid out like the national template: running balances, required spend, schemes, checklist.</summary>
internal static class ExpenditureSheet
{
    public const string Name = "Expenditure";
    public const string RunningBalancesLabel = "Running Balances";
    public const string RequiredSpendLabel = "Required Spend";
    public const string SchemesLabel = "Expenditure by scheme";
    public const string ChecklistLabel = "Checklist";
    private const string NotApplicable = "NA";

    public static IReadOnlyList<double> ColumnWidths { get; } =
        [44, 30, 40, 26, 30, 26, 14, 14, 30, 18, 20, 14, 9, 9, 24, 32, 20, 18, 40];

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary)
    {
        sheet.WriteRow(XlsxCell.Of($"Better Care Fund {summary.Year} {summary.Quarter} expenditure: {summary.Area}", XlsxStyle.Bold));
        sheet.SkipRow();
        WriteRunningBalances(sheet, summary.RunningBalances);
        sheet.SkipRow();
        WriteRequiredSpend(sheet, summary.RequiredSpend);
        sheet.SkipRow();
        WriteSchemes(sheet, summary.Schemes);
        sheet.SkipRow();
        WriteChecklist(sheet, summary.Checklist);
    }

    private static void WriteRunningBalances(XlsxSheetWriter sheet, IReadOnlyList<RunningBalance> balances)
    {
        sheet.WriteRow(XlsxCell.Of(RunningBalancesLabel, XlsxStyle.Bold));
        sheet.WriteRow(Headers("Source of funding", "Income", "Expenditure to date", "Percentage spent", "Balance"));
        for (var i = 0; i < balances.Count; i++)
        {
            var b = balances[i];
            var isTotal = i == balances.Count - 1;
            var money = isTotal ? XlsxStyle.BoldMoney : XlsxStyle.Money;
            sheet.WriteRow(
                XlsxCell.Of(b.Source, isTotal ? XlsxStyle.Bold : XlsxStyle.Plain),
                XlsxCell.Of(b.Income, money),
                XlsxCell.Of(b.ExpenditureToDate, money),
                XlsxCell.Of(b.PercentageSpent, isTotal ? XlsxStyle.BoldPercentage : XlsxStyle.Percentage),
                XlsxCell.Of(b.Balance, money));
        }
    }

    private static void WriteRequiredSpend(XlsxSheetWriter sheet, IReadOnlyList<RequiredSpendLine> lines)
    {
        sheet.WriteRow(XlsxCell.Of(RequiredSpendLabel, XlsxStyle.Bold));
        sheet.WriteRow(XlsxCell.Blank, Header("Minimum Required Spend"), Header("Expenditure to date"), Header("Balance"));
        foreach (var line in lines)
        {
            sheet.WriteRow(
                XlsxCell.Of(line.Name),
                XlsxCell.Of(line.MinimumRequired, XlsxStyle.Money),
                XlsxCell.Of(line.ExpenditureToDate, XlsxStyle.Money),
                XlsxCell.Of(line.Balance, XlsxStyle.Money));
        }
    }

    private static void WriteSchemes(XlsxSheetWriter sheet, IReadOnlyList<SchemeLine> schemes)
    {
        sheet.WriteRow(XlsxCell.Of(SchemesLabel, XlsxStyle.Bold));
        sheet.WriteRow(TemplateColumns.SchemeTable.Select(Header));
        foreach (var line in schemes)
        {
            var s = line.Scheme;
            sheet.WriteRow(
                XlsxCell.Of(s.Id),
                XlsxCell.Of(s.Name),
                XlsxCell.Of(s.Description),
                XlsxCell.Of(s.SchemeType),
                XlsxCell.Of(s.SubType),
                XlsxCell.Of(s.SchemeTypeOther),
                XlsxCell.Of(s.PlannedOutputs),
                line.Returned && line.OutputsDeliveredToDate is null ? XlsxCell.Of(NotApplicable) : XlsxCell.Of(line.OutputsDeliveredToDate),
                XlsxCell.Of(s.Units),
                XlsxCell.Of(s.AreaOfSpend),
                XlsxCell.Of(s.AreaOfSpendOther),
                XlsxCell.Of(s.Commissioner.ToString()),
                XlsxCell.Of(s.PctNhs / 100m, XlsxStyle.Percentage),
                XlsxCell.Of(s.PctLa / 100m, XlsxStyle.Percentage),
                XlsxCell.Of(s.Provider),
                XlsxCell.Of(s.SourceOfFunding),
                XlsxCell.Of(s.PlannedExpenditure, XlsxStyle.Money),
                XlsxCell.Of(line.ExpenditureToDate, XlsxStyle.Money),
                XlsxCell.Of(line.Comments));
        }
    }

    private static void WriteChecklist(XlsxSheetWriter sheet, IReadOnlyList<ChecklistItem> checklist)
    {
        sheet.WriteRow(XlsxCell.Of(ChecklistLabel, XlsxStyle.Bold));
        sheet.WriteRow(Headers("Column", "Complete"));
        foreach (var item in checklist)
        {
            sheet.WriteRow(XlsxCell.Of(item.Column), XlsxCell.Of(item.Complete ? "Yes" : "No"));
        }
    }

    private static XlsxCell Header(string text) => XlsxCell.Of(text, XlsxStyle.Bold);

    private static IEnumerable<XlsxCell> Headers(params string[] texts) => texts.Select(Header);
}
