using System.Globalization;
using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The expenditure sheet ("6. Expenditure" in 2024-25), laid out like the national template: title and board,
/// running balances, required spend, the scheme table, the checklist.</summary>
/// <remarks>Figures are written exactly as aggregated (pence kept; the £#,##0 format shows whole pounds). Totals are
/// SUM formulas over the rows above them, saved with their values. Pre-filled cells (plan and calculated figures)
/// are grey; the contributors' answers (outputs, expenditure to date, comments) are pale yellow inputs. Headings wrap,
/// the pane is frozen below the scheme table's heading, which also repeats on every printed page and carries the
/// autofilter.</remarks>
internal static class ExpenditureSheet
{
    public const string RunningBalancesLabel = "Running Balances";
    public const string RequiredSpendLabel = "Required Spend";
    public const string ChecklistLabel = "Checklist";
    public const string TotalLabel = "Total";
    private const string NotApplicable = "NA";

    /// <summary>Labels of the running balances, required spend and checklist span columns A to C (the scheme table's
    /// narrow Scheme ID column and the next two); their figures start in column D.</summary>
    public const int LabelColumns = 3;
    public const int FirstValueColumn = LabelColumns + 1;

    private static readonly int PlannedColumn = Column(TemplateColumns.PreviouslyEnteredExpenditure);
    private static readonly int SpentColumn = Column(TemplateColumns.ExpenditureToDate);

    public static XlsxSheetLayout SheetLayout(AreaSummary summary, ExpenditureLayout layout, string title) =>
        new(ExpenditureColumns.Widths(summary))
        {
            FrozenRows = layout.SchemeHeader,
            ShowGridLines = false,
            Print = new XlsxPrintSetup(Landscape: true, title, summary.Area),
        };

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary, ExpenditureLayout layout, string title)
    {
        SheetHeading.Write(sheet, title, summary.Area, LabelColumns);
        WriteRunningBalances(sheet, summary.RunningBalances, layout);
        sheet.SkipRow();
        WriteRequiredSpend(sheet, summary.RequiredSpend, layout);
        sheet.SkipRow();
        WriteSchemes(sheet, summary.Schemes, layout);
        sheet.SkipRow();
        WriteChecklist(sheet, summary.Checklist, layout);
    }

    /// <summary>A scheme's row of the scheme table, in template column order.</summary>
    internal static XlsxCell[] SchemeCells(SchemeLine line)
    {
        var s = line.Scheme;
        return
        [
            SchemeId(s.Id),
            XlsxCell.Of(s.Name, XlsxStyle.Prefilled),
            XlsxCell.Of(s.Description, XlsxStyle.Prefilled),
            XlsxCell.Of(s.SchemeType, XlsxStyle.Prefilled),
            XlsxCell.Of(s.SubType, XlsxStyle.Prefilled),
            XlsxCell.Of(s.SchemeTypeOther, XlsxStyle.Prefilled),
            XlsxCell.Of(s.PlannedOutputs, XlsxStyle.PrefilledNumber),
            line.Returned && line.OutputsDeliveredToDate is null
                ? XlsxCell.Of(NotApplicable, XlsxStyle.Input)
                : XlsxCell.Of(line.OutputsDeliveredToDate, XlsxStyle.InputNumber),
            XlsxCell.Of(s.Units, XlsxStyle.Prefilled),
            XlsxCell.Of(s.AreaOfSpend, XlsxStyle.Prefilled),
            XlsxCell.Of(s.AreaOfSpendOther, XlsxStyle.Prefilled),
            XlsxCell.Of(s.Commissioner.ToString(), XlsxStyle.Prefilled),
            XlsxCell.Of(s.PctNhs / 100m, XlsxStyle.PrefilledPercentage),
            XlsxCell.Of(s.PctLa / 100m, XlsxStyle.PrefilledPercentage),
            XlsxCell.Of(s.Provider, XlsxStyle.Prefilled),
            XlsxCell.Of(s.SourceOfFunding, XlsxStyle.Prefilled),
            XlsxCell.Of(s.PlannedExpenditure, XlsxStyle.PrefilledMoney),
            XlsxCell.Of(line.ExpenditureToDate, XlsxStyle.InputMoney),
            XlsxCell.Of(line.Comments, XlsxStyle.Input),
        ];
    }

    /// <summary>A whole-number id ("39") as a number, as the template holds it; any other id ("S1", "007", "12a") as text,
    /// so nothing about it changes.</summary>
    internal static XlsxCell SchemeId(string id) =>
        IsWholeNumber(id) ? XlsxCell.Of(decimal.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture), XlsxStyle.PrefilledNumber) : XlsxCell.Of(id, XlsxStyle.Prefilled);

    private static bool IsWholeNumber(string id) =>
        id.Length is > 0 and <= 15 && id.All(char.IsAsciiDigit) && (id == "0" || id[0] != '0');

    private static void WriteRunningBalances(XlsxSheetWriter sheet, IReadOnlyList<RunningBalance> balances, ExpenditureLayout layout)
    {
        Expect(sheet, layout.BalancesHeader);
        WriteLabelled(sheet, XlsxCell.Of(RunningBalancesLabel, XlsxStyle.Header),
            Headers("Income", "Expenditure to date", "Percentage spent", "Balance"));
        for (var i = 0; i < layout.SourceCount; i++)
        {
            WriteBalance(sheet, balances[i], isTotal: false);
        }
        if (layout.SourceCount > 0)
        {
            WriteBalancesTotal(sheet, balances[^1], layout);
        }
        else if (balances.Count > 0)
        {
            WriteBalance(sheet, balances[^1], isTotal: true); // a Total of no sources: nothing to add up
        }
    }

    private static void WriteBalance(XlsxSheetWriter sheet, RunningBalance b, bool isTotal)
    {
        var money = isTotal ? XlsxStyle.TotalMoney : XlsxStyle.PrefilledMoney;
        WriteLabelled(sheet, XlsxCell.Of(b.Source, isTotal ? XlsxStyle.TotalLabel : XlsxStyle.Prefilled),
        [
            XlsxCell.Of(b.Income, money),
            XlsxCell.Of(b.ExpenditureToDate, money),
            XlsxCell.Of(b.PercentageSpent, isTotal ? XlsxStyle.TotalPercentage : XlsxStyle.PrefilledPercentage),
            XlsxCell.Of(b.Balance, money),
        ]);
    }

    /// <summary>The Total row: SUMs over the source rows above it and the percentage of the totals, each saved with
    /// the aggregated total (which is that sum).</summary>
    private static void WriteBalancesTotal(XlsxSheetWriter sheet, RunningBalance total, ExpenditureLayout layout)
    {
        Expect(sheet, layout.BalancesTotal);
        string Cell(int column, uint row) => XlsxSheetWriter.CellReference(column, row);
        XlsxFormula Sum(int column, decimal value) => XlsxFormula.Sum(Cell(column, layout.FirstSource), Cell(column, layout.LastSource), value);
        const int income = FirstValueColumn, spent = FirstValueColumn + 1, balance = FirstValueColumn + 3;
        WriteLabelled(sheet, XlsxCell.Of(total.Source, XlsxStyle.TotalLabel),
        [
            XlsxCell.Of(Sum(income, total.Income), XlsxStyle.TotalMoney),
            XlsxCell.Of(Sum(spent, total.ExpenditureToDate), XlsxStyle.TotalMoney),
            XlsxCell.Of(XlsxFormula.Ratio(Cell(spent, layout.BalancesTotal), Cell(income, layout.BalancesTotal), total.PercentageSpent), XlsxStyle.TotalPercentage),
            XlsxCell.Of(Sum(balance, total.Balance), XlsxStyle.TotalMoney),
        ]);
    }

    private static void WriteRequiredSpend(XlsxSheetWriter sheet, IReadOnlyList<RequiredSpendLine> lines, ExpenditureLayout layout)
    {
        Expect(sheet, layout.RequiredSpendHeader);
        WriteLabelled(sheet, XlsxCell.Of(RequiredSpendLabel, XlsxStyle.Header),
            Headers("Minimum Required Spend", "Expenditure to date", "Balance"));
        foreach (var line in lines)
        {
            WriteLabelled(sheet, XlsxCell.Of(line.Name, XlsxStyle.Prefilled),
            [
                XlsxCell.Of(line.MinimumRequired, XlsxStyle.PrefilledMoney),
                XlsxCell.Of(line.ExpenditureToDate, XlsxStyle.PrefilledMoney),
                XlsxCell.Of(line.Balance, XlsxStyle.PrefilledMoney),
            ]);
        }
    }

    private static void WriteSchemes(XlsxSheetWriter sheet, IReadOnlyList<SchemeLine> schemes, ExpenditureLayout layout)
    {
        Expect(sheet, layout.SchemeHeader);
        sheet.WriteRow(TemplateColumns.SchemeTable.Select(h => XlsxCell.Of(h, XlsxStyle.Header)));
        foreach (var line in schemes)
        {
            sheet.WriteRow(SchemeCells(line));
        }
        sheet.AutoFilter(layout.SchemeHeader, layout.LastScheme, TemplateColumns.SchemeTable.Count);
        if (schemes.Count == 0)
        {
            return;
        }
        var total = new XlsxCell[TemplateColumns.SchemeTable.Count];
        Array.Fill(total, XlsxCell.Empty(XlsxStyle.TotalLabel));
        total[0] = XlsxCell.Of(TotalLabel, XlsxStyle.TotalLabel);
        total[PlannedColumn - 1] = ColumnSum(PlannedColumn, schemes.Sum(l => l.Scheme.PlannedExpenditure), layout);
        total[SpentColumn - 1] = ColumnSum(SpentColumn, schemes.Sum(l => l.ExpenditureToDate ?? 0m), layout);
        sheet.WriteRow(total);
    }

    private static XlsxCell ColumnSum(int column, decimal value, ExpenditureLayout layout) =>
        XlsxCell.Of(
            XlsxFormula.Sum(XlsxSheetWriter.CellReference(column, layout.FirstScheme), XlsxSheetWriter.CellReference(column, layout.LastScheme), value),
            XlsxStyle.TotalMoney);

    private static void WriteChecklist(XlsxSheetWriter sheet, IReadOnlyList<ChecklistItem> checklist, ExpenditureLayout layout)
    {
        Expect(sheet, layout.ChecklistHeader);
        WriteLabelled(sheet, XlsxCell.Of(ChecklistLabel, XlsxStyle.Header), Headers("Complete"));
        foreach (var item in checklist)
        {
            WriteLabelled(sheet, XlsxCell.Of(item.Column, XlsxStyle.Prefilled),
                [item.Complete ? XlsxCell.Of("Yes", XlsxStyle.Yes) : XlsxCell.Of("No", XlsxStyle.No)]);
        }
    }

    /// <summary>A row whose label spans columns A to C (merged, the hidden cells styled like it) and whose figures
    /// follow from column D.</summary>
    private static void WriteLabelled(XlsxSheetWriter sheet, XlsxCell label, IEnumerable<XlsxCell> figures)
    {
        sheet.WriteMergedRow(LabelColumns, [label, .. Enumerable.Repeat(XlsxCell.Empty(label.Style), LabelColumns - 1), .. figures]);
    }

    private static XlsxCell[] Headers(params string[] texts) => [.. texts.Select(t => XlsxCell.Of(t, XlsxStyle.Header))];

    private static int Column(string header) => TemplateColumns.SchemeTable.ToList().IndexOf(header) + 1;

    /// <summary>The layout worked out in advance must match the rows written (the pane, filter and SUMs rely on it).</summary>
    private static void Expect(XlsxSheetWriter sheet, uint nextRow)
    {
        if (sheet.CurrentRow + 1 != nextRow)
        {
            throw new InvalidOperationException($"Expenditure sheet: expected to write row {nextRow}, at row {sheet.CurrentRow + 1}.");
        }
    }
}
