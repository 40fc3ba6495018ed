namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>What a worksheet declares before its rows: column widths, frozen rows, whether it is the selected tab,
/// gridlines, and how it prints.</summary>
internal sealed record XlsxSheetLayout(IReadOnlyList<double> ColumnWidths)
{
    /// <summary>Rows kept in view above the scroll (0: none): the pane is frozen below this row.</summary>
    public uint FrozenRows { get; init; }

    /// <summary>Whether this is the tab shown when the workbook opens.</summary>
    public bool Selected { get; init; }

    public bool ShowGridLines { get; init; } = true;

    /// <summary>Print setup, or null for the application's defaults.</summary>
    public XlsxPrintSetup? Print { get; init; }
}
