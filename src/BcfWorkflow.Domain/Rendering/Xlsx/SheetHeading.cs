namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The first rows of every sheet, as the national template has them: the title ("Better Care Fund 2024-25 Q2
/// Reporting Template") and the Health and Wellbeing Board the return is for.</summary>
internal static class SheetHeading
{
    public const string SelectedBoard = "Selected Health and Wellbeing Board:";

    /// <summary>Rows 1 and 2, then a blank row 3. The board label spans <paramref name="labelColumns"/> merged columns; the
    /// area is in the next one, pre-filled.</summary>
    public static void Write(XlsxSheetWriter sheet, string title, string area, int labelColumns = 1)
    {
        sheet.WriteRow(XlsxCell.Of(title, XlsxStyle.Title));
        sheet.WriteMergedRow(labelColumns, [
            XlsxCell.Of(SelectedBoard, XlsxStyle.Label),
            .. Enumerable.Repeat(XlsxCell.Blank, labelColumns - 1),
            XlsxCell.Of(area, XlsxStyle.Prefilled),
        ]);
        sheet.SkipRow();
    }

    /// <summary>The row after the heading.</summary>
    public const uint FirstFreeRow = 4;
}
