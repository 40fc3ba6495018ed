using System.Globalization;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Amounts in pounds as contributors write them. Accepted: optional "£" (spaces around it allowed), digits with or
/// without thousands separators in groups of three, and at most two decimal places: "£1,108,147", "1108147",
/// "1,108,147.00", "£0", " £ 1,234 ", "1108147.5"; an accounting-format zero ("£-", " £- ", "-") is £0. In a file
/// whose figures are continental style, "1.108.147,50" (see <see cref="NumberText"/>). A leading "-" or "−", or
/// accounting brackets "(£1,234)", is read only to report the amount as negative. Refused: "1,10,8147",
/// "1 108 147", "abc", "£". A spreadsheet's numeric cell is taken as it is, rounded to pennies.
/// </summary>
internal static class MoneyParser
{
    public const int MaxDecimals = 2;

    public static (AmountOutcome Outcome, decimal Value) Parse(TableCell cell, NumberConvention convention = NumberConvention.Unknown)
    {
        switch (cell.Kind)
        {
            case CellKind.Number when decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number < 0 ? (AmountOutcome.Negative, number) : (AmountOutcome.Ok, Math.Round(number, MaxDecimals, MidpointRounding.AwayFromZero));
            case CellKind.Date:
                return (AmountOutcome.Date, 0m);
            case CellKind.Error:
                return (AmountOutcome.FormulaError, 0m);
            case CellKind.UncalculatedFormula:
                return (AmountOutcome.UncalculatedFormula, 0m);
        }
        var text = CellText.Trim(cell.Span);
        if (text.IsEmpty)
        {
            return (AmountOutcome.Blank, 0m);
        }
        var digits = Unsigned(text, out var negative);
        if (digits.IsEmpty)
        {
            // "£-" and "-": how an accounting format shows zero (a lone "£" is not an amount).
            return negative ? (AmountOutcome.Ok, 0m) : (AmountOutcome.NotAnAmount, 0m);
        }
        var (outcome, value) = NumberText.Read(digits, MaxDecimals, convention);
        return outcome == AmountOutcome.Ok && negative && value != 0m ? (AmountOutcome.Negative, -value) : (outcome, value);
    }

    /// <summary>The number's text without "£", brackets, sign and spaces, and whether a sign or brackets made it
    /// negative (or, with nothing left, an accounting zero).</summary>
    public static ReadOnlySpan<char> Unsigned(ReadOnlySpan<char> text, out bool negative)
    {
        negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = CellText.Trim(text[1..^1]);
        }
        if (!text.IsEmpty && text[0] is '-' or '\u2212' or '\u2013')
        {
            negative = true;
            text = CellText.Trim(text[1..]);
        }
        if (text.Length > 1 && text[0] is '\u00C2' or '\u00E2' && text[1] == '£')
        {
            text = text[1..]; // "Â£": a "£" mangled by a program that read UTF-8 as Windows-1252
        }
        if (!text.IsEmpty && text[0] == '£')
        {
            text = CellText.Trim(text[1..]);
            if (!text.IsEmpty && text[0] is '-' or '\u2212' or '\u2013')
            {
                negative = true;
                text = CellText.Trim(text[1..]);
            }
        }
        return text;
    }
}
