using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The workbook's styles: money as "£#,##0", percentages as "0.00%", pre-filled cells grey, input cells pale
/// yellow, headings shaded (cell formats in <see cref="XlsxStyle"/> order).</summary>
internal static class XlsxStylesheet
{
    public const string MoneyFormatCode = "£#,##0";
    public const string PercentageFormatCode = "0.00%";

    /// <summary>Fill colours (ARGB): pre-filled grey, input pale yellow, heading blue-grey, checklist green and red.</summary>
    public const string PrefilledColour = "FFE7E6E6";
    public const string InputColour = "FFFFFFCC";
    public const string HeaderColour = "FFDCE6F1";
    private const string YesColour = "FFC6EFCE";
    private const string NoColour = "FFFFC7CE";
    private const string YesTextColour = "FF006100";
    private const string NoTextColour = "FF9C0006";
    private const string BorderColour = "FFA6A6A6";

    private const uint General = 0;
    private const uint MoneyFormatId = 164;
    private const uint PercentageFormatId = 165;

    private enum FontId : uint { Regular, Bold, Title, YesText, NoText }

    private enum FillId : uint { None, Gray125, Header, Prefilled, Input, Yes, No }

    private enum BorderId : uint { None, Thin }

    private enum Align { Default, WrapTop, Top, HeaderCentre, Centre }

    private readonly record struct Spec(uint NumberFormat, FontId Font, FillId Fill = FillId.None, BorderId Border = BorderId.None, Align Align = Align.Default);

    /// <summary>One entry per <see cref="XlsxStyle"/> value, in order.</summary>
    private static readonly Spec[] Specs =
    [
        new(General, FontId.Regular),                                                         // Plain
        new(General, FontId.Bold),                                                            // Bold
        new(MoneyFormatId, FontId.Regular),                                                   // Money
        new(PercentageFormatId, FontId.Regular),                                              // Percentage
        new(MoneyFormatId, FontId.Bold),                                                      // BoldMoney
        new(PercentageFormatId, FontId.Bold),                                                 // BoldPercentage
        new(General, FontId.Title),                                                           // Title
        new(General, FontId.Regular, Align: Align.WrapTop),                                   // Note
        new(General, FontId.Bold, FillId.Header, BorderId.Thin, Align.HeaderCentre),          // Header
        new(General, FontId.Bold, Align: Align.WrapTop),                                      // Label
        new(General, FontId.Regular, FillId.Prefilled, BorderId.Thin, Align.WrapTop),         // Prefilled
        new(General, FontId.Regular, FillId.Prefilled, BorderId.Thin, Align.Top),             // PrefilledNumber
        new(MoneyFormatId, FontId.Regular, FillId.Prefilled, BorderId.Thin, Align.Top),       // PrefilledMoney
        new(PercentageFormatId, FontId.Regular, FillId.Prefilled, BorderId.Thin, Align.Top),  // PrefilledPercentage
        new(General, FontId.Regular, FillId.Input, BorderId.Thin, Align.WrapTop),             // Input
        new(General, FontId.Regular, FillId.Input, BorderId.Thin, Align.Top),                 // InputNumber
        new(MoneyFormatId, FontId.Regular, FillId.Input, BorderId.Thin, Align.Top),           // InputMoney
        new(General, FontId.Bold, FillId.Prefilled, BorderId.Thin, Align.WrapTop),            // TotalLabel
        new(MoneyFormatId, FontId.Bold, FillId.Prefilled, BorderId.Thin, Align.Top),          // TotalMoney
        new(PercentageFormatId, FontId.Bold, FillId.Prefilled, BorderId.Thin, Align.Top),     // TotalPercentage
        new(General, FontId.YesText, FillId.Yes, BorderId.Thin, Align.Centre),                // Yes
        new(General, FontId.NoText, FillId.No, BorderId.Thin, Align.Centre),                  // No
    ];

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormatCode },
            new NumberingFormat { NumberFormatId = PercentageFormatId, FormatCode = PercentageFormatCode })
        { Count = 2 },
        new Fonts(Font(bold: false), Font(bold: true), Font(bold: true, size: 14), Font(bold: false, colour: YesTextColour), Font(bold: false, colour: NoTextColour)) { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(HeaderColour),
            Solid(PrefilledColour),
            Solid(InputColour),
            Solid(YesColour),
            Solid(NoColour))
        { Count = 7 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side(new LeftBorder()), Side(new RightBorder()), Side(new TopBorder()), Side(new BottomBorder()), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(Specs.Select(Format)) { Count = (uint)Specs.Length },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size = 11, string? colour = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = size });
        if (colour is not null)
        {
            font.Append(new Color { Rgb = colour });
        }
        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Fill Solid(string colour) =>
        new(new PatternFill(new ForegroundColor { Rgb = colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Side<T>(T side) where T : BorderPropertiesType
    {
        side.Style = BorderStyleValues.Thin;
        side.Append(new Color { Rgb = BorderColour });
        return side;
    }

    private static CellFormat Format(Spec spec)
    {
        var format = new CellFormat
        {
            NumberFormatId = spec.NumberFormat,
            FontId = (uint)spec.Font,
            FillId = (uint)spec.Fill,
            BorderId = (uint)spec.Border,
            FormatId = 0,
            ApplyNumberFormat = spec.NumberFormat != General ? true : null,
            ApplyFont = spec.Font != FontId.Regular ? true : null,
            ApplyFill = spec.Fill != FillId.None ? true : null,
            ApplyBorder = spec.Border != BorderId.None ? true : null,
        };
        var alignment = spec.Align switch
        {
            Align.WrapTop => new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top },
            Align.Top => new Alignment { Vertical = VerticalAlignmentValues.Top },
            Align.HeaderCentre => new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center },
            Align.Centre => new Alignment { Vertical = VerticalAlignmentValues.Top, Horizontal = HorizontalAlignmentValues.Center },
            _ => null,
        };
        if (alignment is not null)
        {
            format.ApplyAlignment = true;
            format.Append(alignment);
        }
        return format;
    }
}
