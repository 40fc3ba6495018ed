using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Column widths for the expenditure sheet that fit what it holds: each column as wide as its longest value,
/// between a minimum (its heading's longest word, so headings wrap between words) and a maximum (beyond which text
/// wraps), so the sheet prints one page wide at a readable scale.</summary>
internal static class ExpenditureColumns
{
    /// <summary>Padding, in character widths, around a cell's text.</summary>
    private const double Padding = 1.5;

    /// <summary>The most lines a heading of the scheme table wraps to.</summary>
    private const int HeadingLines = 3;

    /// <summary>Widest a column grows before its text wraps, per scheme-table column, in template order.</summary>
    private static readonly double[] Maximum =
    [
        10, // Scheme ID
        26, // Scheme Name
        34, // Brief Description
        26, // Scheme Type
        28, // Sub Types
        18, // Please specify if 'Scheme Type' is 'Other'
        12, // Planned Outputs for the year
        12, // Outputs delivered to date
        22, // Units
        14, // Area of Spend
        18, // Please specify if 'Area of Spend' is 'other'
        14, // Commissioner
        9,  // % NHS
        9,  // % LA
        18, // Provider
        20, // Source of Funding
        16, // Previously entered expenditure for the year (£)
        16, // Expenditure to date (£)
        40, // Comments
    ];

    public static IReadOnlyList<double> Widths(AreaSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var columns = TemplateColumns.SchemeTable;
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            widths[c] = HeadingWidth(columns[c]);
        }
        foreach (var line in summary.Schemes)
        {
            var cells = ExpenditureSheet.SchemeCells(line);
            for (var c = 0; c < columns.Count; c++)
            {
                widths[c] = Math.Max(widths[c], Math.Min(Width(cells[c]), Maximum[c]));
            }
        }
        // Columns D onwards also hold the running balances and required spend figures.
        foreach (var b in summary.RunningBalances)
        {
            Widen(widths, ExpenditureSheet.FirstValueColumn, Money(b.Income), Money(b.ExpenditureToDate), "100.00%".Length + Padding, Money(b.Balance));
        }
        foreach (var r in summary.RequiredSpend)
        {
            Widen(widths, ExpenditureSheet.FirstValueColumn, Money(r.MinimumRequired), Money(r.ExpenditureToDate), Money(r.Balance));
        }
        // Labels of the running balances, required spend and checklist span the first columns, merged: a merged
        // cell's text does not grow its row, so the columns must be wide enough for it on one line.
        var labels = summary.RunningBalances.Select(b => b.Source)
            .Concat(summary.RequiredSpend.Select(r => r.Name))
            .Concat(summary.Checklist.Select(c => c.Column))
            .Append(SheetHeading.SelectedBoard);
        var labelWidth = labels.Max(l => Math.Ceiling(XlsxRowHeight.TextWidth(l) * XlsxRowHeight.BoldWidth)) + Padding;
        var spanned = widths.Take(ExpenditureSheet.LabelColumns).Sum();
        if (spanned < labelWidth)
        {
            widths[ExpenditureSheet.LabelColumns - 1] += labelWidth - spanned;
        }
        return widths;
    }

    private static void Widen(double[] widths, int firstColumn, params double[] needed)
    {
        for (var i = 0; i < needed.Length; i++)
        {
            widths[firstColumn - 1 + i] = Math.Max(widths[firstColumn - 1 + i], needed[i]);
        }
    }

    private static double Width(XlsxCell cell) => cell switch
    {
        { Number: { } n, Style: XlsxStyle.PrefilledMoney or XlsxStyle.InputMoney } => Money(n),
        { Number: { } n, Style: XlsxStyle.PrefilledPercentage } => MoneyFormat.Percentage(n).Length + Padding,
        { Number: { } n } => MoneyFormat.PlainNumber(n).Length + Padding,
        { Text: { } t } => Math.Ceiling(XlsxRowHeight.TextWidth(t)) + Padding,
        _ => 0,
    };

    private static double Money(decimal amount) => MoneyFormat.Pounds(amount).Length + Padding;

    /// <summary>Wide enough for the heading's longest word, and for the heading in at most <see cref="HeadingLines"/> lines.</summary>
    private static double HeadingWidth(string heading) =>
        Math.Ceiling(Math.Max(heading.Split(' ').Max(w => XlsxRowHeight.TextWidth(w) * XlsxRowHeight.BoldWidth), XlsxRowHeight.TextWidth(heading) * XlsxRowHeight.BoldWidth / HeadingLines)) + Padding;
}
