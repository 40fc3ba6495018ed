namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>How a sheet prints: A4, landscape or portrait, fit to one page wide (as many pages tall as it takes), a
/// page header (left and right text) and a footer with the sheet name and "Page n of m".</summary>
internal sealed record XlsxPrintSetup(bool Landscape, string HeaderLeft, string HeaderRight)
{
    /// <summary>Excel's paper size code for A4.</summary>
    public const uint A4 = 9;

    /// <summary>Margins in inches: narrow at the sides, room at top and bottom for the header and footer.</summary>
    public const double SideMargin = 0.4;
    public const double TopBottomMargin = 0.6;
    public const double HeaderFooterMargin = 0.3;

    /// <summary>The header as Excel's header codes: text in it is escaped ("&amp;" doubled), so it prints as written.</summary>
    public string OddHeader => Truncated($"&L{Escape(HeaderLeft)}&R{Escape(HeaderRight)}");

    /// <summary>"6. Expenditure" on the left, "Page 1 of 3" on the right.</summary>
    public static string OddFooter => "&L&A&RPage &P of &N";

    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);

    /// <summary>Excel refuses header strings over 255 characters.</summary>
    private static string Truncated(string header) => header.Length <= 255 ? header : header[..255];
}
