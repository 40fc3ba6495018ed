using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The workbook's styles: bold headers, money as "£#,##0", percentages as "0.00%" (cell formats in <see cref="XlsxStyle"/> order).</summary>
internal static class XlsxStylesheet
{
    public const string MoneyFormatCode = "£#,##0";
    public const string PercentageFormatCode = "0.00%";
    private const uint MoneyFormatId = 164;
    private const uint PercentageFormatId = 165;
    private const uint RegularFont = 0;
    private const uint BoldFont = 1;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormatCode },
            new NumberingFormat { NumberFormatId = PercentageFormatId, FormatCode = PercentageFormatCode })
        { Count = 2 },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, RegularFont),
            Format(0, BoldFont),
            Format(MoneyFormatId, RegularFont),
            Format(PercentageFormatId, RegularFont),
            Format(MoneyFormatId, BoldFont),
            Format(PercentageFormatId, BoldFont))
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }

    private static CellFormat Format(uint numberFormatId, uint fontId) => new()
    {
        NumberFormatId = numberFormatId,
        FontId = fontId,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormatId != 0 ? true : null,
        ApplyFont = fontId != RegularFont ? true : null,
    };
}
