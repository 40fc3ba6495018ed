namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>How tall a row must be for its wrapped text, estimated from the column widths (in widths of the digit "0"
/// of Calibri 11, Excel's unit) and the text's characters, so every line shows in any reader and in print.</summary>
/// <remarks>Spreadsheet applications do not all fit row heights on opening (LibreOffice converting headless does not),
/// so the height is written. It is a slight over-estimate rather than an under-estimate: a cut line hides an answer,
/// a spare line costs a little paper.</remarks>
internal static class XlsxRowHeight
{
    /// <summary>Excel's height of one line of Calibri 11, in points.</summary>
    public const double LineHeight = 15;

    /// <summary>Calibri 14 (the title): one line.</summary>
    public const double TitleHeight = 18.75;

    /// <summary>How much wider bold text is than regular.</summary>
    public const double BoldWidth = 1.07;

    /// <summary>A cell's padding and gridline, in character widths.</summary>
    private const double CellPadding = 1;

    /// <summary>The height to write for a row, or null for the default (one line of Calibri 11).</summary>
    /// <param name="firstCellColumns">How many columns the first cell spans (merged).</param>
    public static double? For(IReadOnlyList<XlsxCell> cells, IReadOnlyList<double> columnWidths, int firstCellColumns = 1)
    {
        var lines = 1;
        var title = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            title |= cell.Style == XlsxStyle.Title;
            if (cell.Text is not { Length: > 0 } text || !Wraps(cell.Style))
            {
                continue;
            }
            // Cells 1 .. firstCellColumns - 1 are covered by the first (merged); any text they hold is hidden.
            if (i > 0 && i < firstCellColumns)
            {
                continue;
            }
            var width = i == 0 ? columnWidths.Take(firstCellColumns).Sum() : Width(columnWidths, i);
            lines = Math.Max(lines, Lines(text, width - CellPadding, cell.Style is XlsxStyle.Header or XlsxStyle.Label or XlsxStyle.TotalLabel));
        }
        return lines > 1 ? lines * LineHeight : title ? TitleHeight : null;
    }

    private static double Width(IReadOnlyList<double> widths, int index) => index < widths.Count ? widths[index] : 8.43;

    public static bool Wraps(XlsxStyle style) =>
        style is XlsxStyle.Note or XlsxStyle.Header or XlsxStyle.Label or XlsxStyle.Prefilled or XlsxStyle.Input or XlsxStyle.TotalLabel;

    /// <summary>Lines the text takes when wrapped at spaces (and within a word longer than a line) to the width.</summary>
    internal static int Lines(string text, double width, bool bold)
    {
        var available = Math.Max(width, 1);
        var scale = bold ? BoldWidth : 1.0;
        var lines = 0;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lines++;
            var used = 0.0;
            foreach (var word in paragraph.Split(' '))
            {
                var wordWidth = TextWidth(word) * scale;
                var space = used > 0 ? CharWidth(' ') * scale : 0;
                if (used > 0 && used + space + wordWidth > available)
                {
                    lines++;
                    used = 0;
                    space = 0;
                }
                // A word longer than a line breaks within itself.
                while (wordWidth > available)
                {
                    lines++;
                    wordWidth -= available;
                }
                used += space + wordWidth;
            }
        }
        return lines;
    }

    /// <summary>The width of a text on one line, in column width units.</summary>
    internal static double TextWidth(string text) => text.Sum(CharWidth);

    /// <summary>Calibri's advance widths relative to its digit "0" as a column width counts it (7 pixels at 11 points,
    /// where the glyph is nearer 7.4), rounded up: English prose averages about 0.87 of a unit a character.</summary>
    private static double CharWidth(char c) => c switch
    {
        ' ' => 0.47,
        'i' or 'l' or 'j' or 'I' or '\'' or '.' or ',' or ':' or ';' or '!' or '|' => 0.5,
        't' or 'f' or 'r' or 'J' or '(' or ')' or '[' or ']' or '-' or '/' or '"' => 0.72,
        's' or 'c' or 'z' or 'x' or 'v' or 'y' or 'k' => 0.87,
        'm' or 'M' => 1.7,
        'w' or 'W' => 1.5,
        >= 'a' and <= 'z' => 1.04,
        >= 'A' and <= 'Z' => 1.2,
        >= '0' and <= '9' => 1.06,
        _ => 1.1,
    };
}
