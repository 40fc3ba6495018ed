using System.Globalization;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Amounts in pounds as contributors write them. Accepted: optional "£" (spaces around it allowed), digits with or
/// without thousands separators in groups of three, and at most two decimal places: "£1,108,147", "1108147",
/// "1,108,147.00", "£0", " £ 1,234 ", "1108147.5". A leading "-" or "−", or accounting brackets "(£1,234)", is read
/// only to report the amount as negative. Refused: "1,10,8147", "1.108.147", "1 108 147", "abc", "£".
/// A spreadsheet's numeric cell is taken as it is, rounded to pennies.
/// </summary>
internal static class MoneyParser
{
    public static (AmountOutcome Outcome, decimal Value) Parse(TableCell cell)
    {
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? (AmountOutcome.Negative, number) : (AmountOutcome.Ok, Math.Round(number, 2, MidpointRounding.AwayFromZero));
        }
        var text = CellText.Trim(cell.Span);
        if (text.IsEmpty)
        {
            return (AmountOutcome.Blank, 0m);
        }
        var negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = Trimmed(text[1..^1]);
        }
        if (!text.IsEmpty && text[0] is '-' or '\u2212')
        {
            negative = true;
            text = Trimmed(text[1..]);
        }
        if (!text.IsEmpty && text[0] == '£')
        {
            text = Trimmed(text[1..]);
            if (!negative && !text.IsEmpty && text[0] is '-' or '\u2212')
            {
                negative = true;
                text = Trimmed(text[1..]);
            }
        }
        if (!GroupedNumber.TryParse(text, maxDecimals: 2, out var value))
        {
            return (AmountOutcome.NotAnAmount, 0m);
        }
        return negative && value != 0m ? (AmountOutcome.Negative, -value) : (AmountOutcome.Ok, value);
    }

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && CellText.IsSpace(text[start]))
        {
            start++;
        }
        return text[start..];
    }
}
