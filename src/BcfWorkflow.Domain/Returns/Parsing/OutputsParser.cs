using System.Globalization;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// "Outputs delivered to date": a non-negative number (thousands separators and decimals allowed, no "£"),
/// or "NA" / "N/A" in any case, or blank. NA and blank both read as null.
/// </summary>
internal static class OutputsParser
{
    public static (AmountOutcome Outcome, decimal? Value) Parse(TableCell cell)
    {
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? (AmountOutcome.Negative, number) : (AmountOutcome.Ok, number);
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
        if (!GroupedNumber.TryParse(negative ? CellText.Trim(text[1..].ToString()) : text, maxDecimals: 6, out var value))
        {
            return (AmountOutcome.NotAnAmount, null);
        }
        return negative && value != 0m ? (AmountOutcome.Negative, -value) : (AmountOutcome.Ok, value);
    }

    public static bool IsNotApplicable(ReadOnlySpan<char> text) =>
        text.Length is 2 or 3 && text[0] is 'N' or 'n' // most cells are numbers: two comparisons saved on each
        && (text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase));
}
