using System.Globalization;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// "Outputs delivered to date": a non-negative number (thousands separators and decimals allowed, no "£"),
/// or "NA" / "N/A" in any case, or blank. NA and blank both read as null. Text numbers are read in the file's
/// convention (<see cref="NumberText"/>): "1,272" alone in a file that does not show its style is refused.
/// </summary>
internal static class OutputsParser
{
    public const int MaxDecimals = 6;

    public static (AmountOutcome Outcome, decimal? Value) Parse(TableCell cell, NumberConvention convention = NumberConvention.Unknown)
    {
        switch (cell.Kind)
        {
            case CellKind.Number when decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number < 0 ? (AmountOutcome.Negative, number) : (AmountOutcome.Ok, number);
            case CellKind.Date:
                return (AmountOutcome.Date, null);
            case CellKind.Error:
                return (AmountOutcome.FormulaError, null);
            case CellKind.UncalculatedFormula:
                return (AmountOutcome.UncalculatedFormula, null);
        }
        var text = CellText.Trim(cell.Span);
        if (text.IsEmpty)
        {
            return (AmountOutcome.Blank, null);
        }
        if (IsNotApplicable(text))
        {
            return (AmountOutcome.Ok, null);
        }
        var negative = text[0] is '-' or '\u2212';
        var (outcome, value) = NumberText.Read(negative ? CellText.Trim(text[1..]) : text, MaxDecimals, convention);
        return outcome switch
        {
            AmountOutcome.Ok when negative && value != 0m => (AmountOutcome.Negative, -value),
            AmountOutcome.Ok => (outcome, value),
            _ => (outcome, null),
        };
    }

    public static bool IsNotApplicable(ReadOnlySpan<char> text) =>
        text.Length is 2 or 3 && text[0] is 'N' or 'n' // most cells are numbers: two comparisons saved on each
        && (text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase));
}
