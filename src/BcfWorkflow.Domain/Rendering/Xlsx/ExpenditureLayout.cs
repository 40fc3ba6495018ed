using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Where each block of the expenditure sheet sits (1-based rows), worked out before the sheet is streamed:
/// the frozen pane, the autofilter, the print titles and the SUM ranges all need it.</summary>
/// <remarks>Rows 1-3: title, board, blank. Then running balances (heading, one row per source, Total), a blank row,
/// required spend (heading, lines), a blank row, the scheme table (heading, one row per scheme, Total), a blank row,
/// the checklist (heading, one row per checked column).</remarks>
internal sealed record ExpenditureLayout(
    uint BalancesHeader,
    int SourceCount,
    uint RequiredSpendHeader,
    int RequiredSpendCount,
    uint SchemeHeader,
    int SchemeCount,
    uint ChecklistHeader)
{
    public uint FirstSource => BalancesHeader + 1;

    public uint LastSource => BalancesHeader + (uint)SourceCount;

    public uint BalancesTotal => LastSource + 1;

    public uint FirstScheme => SchemeHeader + 1;

    /// <summary>The last scheme row (the heading row when there are no schemes).</summary>
    public uint LastScheme => SchemeHeader + (uint)SchemeCount;

    /// <summary>The scheme table's Total row, written only when there are schemes.</summary>
    public uint SchemeTotal => LastScheme + 1;

    public static ExpenditureLayout For(AreaSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // The last running balance is the Total row.
        var sources = Math.Max(summary.RunningBalances.Count - 1, 0);
        var balancesHeader = SheetHeading.FirstFreeRow;
        var balancesEnd = balancesHeader + (uint)summary.RunningBalances.Count;
        var requiredHeader = balancesEnd + 2;
        var schemeHeader = requiredHeader + (uint)summary.RequiredSpend.Count + 2;
        var schemesEnd = schemeHeader + (uint)summary.Schemes.Count + (summary.Schemes.Count > 0 ? 1u : 0u);
        return new ExpenditureLayout(balancesHeader, sources, requiredHeader, summary.RequiredSpend.Count, schemeHeader, summary.Schemes.Count, schemesEnd + 2);
    }
}
