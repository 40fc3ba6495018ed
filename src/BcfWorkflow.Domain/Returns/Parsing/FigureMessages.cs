using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// What to say when a figure's cell cannot be read, in an officer's words, with what to type instead: one place for
/// the return reader and the plan import. <paramref name="again"/> in each is what the person does next with the file
/// ("upload", "import").
/// </summary>
internal static class FigureMessages
{
    /// <summary>A formula saved without its result (a script wrote the file).</summary>
    public static string Uncalculated(string? column, string again) =>
        $"The {CellName(column)} is a formula saved without its result (the program that wrote the file does not calculate): "
        + $"open the file in Excel or LibreOffice so it recalculates, save it, and {again} it again.";

    /// <summary>A formula whose result is an error (#REF!, #DIV/0!).</summary>
    public static string FormulaError(string? column, string error, string again) =>
        $"The {CellName(column)} shows the error {error}: correct its formula, save the file and {again} it again.";

    /// <summary>The code and message for a figure that could not be read as <paramref name="what"/>.</summary>
    /// <param name="notAFigure">The code when the cell is simply not a figure (bad-amount, bad-outputs, bad-field).</param>
    /// <param name="example">What to type, e.g. "a number such as 2600000 or £2,600,000".</param>
    /// <param name="currency">"£" before a suggested amount, or "" for a count.</param>
    public static (string Code, string Message) Unreadable(
        AmountOutcome outcome, string text, string? column, string what, string example, string notAFigure, NumberStyleEvidence style, string again, string currency = "")
    {
        var digits = MoneyParser.Unsigned(text, out _);
        switch (outcome)
        {
            case AmountOutcome.Date:
                return (notAFigure, $"The {CellName(column)} holds a date ({text}), not {what}: type {example}.");
            case AmountOutcome.FormulaError:
                return (notAFigure, FormulaError(column, text, again));
            case AmountOutcome.UncalculatedFormula:
                return (IssueCodes.UncalculatedFormula, Uncalculated(column, again));
            case AmountOutcome.Ambiguous:
                var (uk, continental) = NumberText.Readings(digits);
                return (IssueCodes.AmbiguousNumber,
                    $"'{text}' could be {uk} (UK style) or {continental} (continental style), and no other figure in the file shows which: "
                    + $"type it without a thousands separator, as {uk} or {continental}.");
            case AmountOutcome.OtherConvention:
                return (IssueCodes.AmbiguousNumber, OtherConvention(text, digits, style, currency));
            default:
                return (notAFigure, $"'{text}' is not {what}: type {example}.");
        }
    }

    private static string OtherConvention(string text, ReadOnlySpan<char> digits, NumberStyleEvidence style, string currency)
    {
        var continental = NumberText.TryContinental(digits, 9, out var c);
        var uk = NumberText.TryUk(digits, 9, out var u);
        return style.Convention switch
        {
            NumberConvention.Continental when uk =>
                $"'{text}' is written in UK style, but the file's other figures are continental style (such as '{style.ContinentalExample}'): "
                + $"write every figure in one style, or type this one without a thousands separator, as {AmountText.Plain(u)}.",
            NumberConvention.Uk or NumberConvention.Mixed when continental =>
                $"'{text}' is written in continental style (where it means {AmountText.Plain(c)}), but other figures in this file are UK style "
                + $"(such as '{style.UkExample}'): type it in UK style, as {currency}{AmountText.Plain(c)}.",
            _ when continental => $"'{text}' is written in continental style (where it means {AmountText.Plain(c)}), which no other figure in the file shows: "
                                  + $"type it as {AmountText.Plain(c)}, or {(currency.Length > 0 ? "£" + AmountText.Count(c) : AmountText.Plain(c))} in UK style.",
            _ => $"'{text}' is not a figure: type it as {currency}{AmountText.Plain(u)}.",
        };
    }

    private static string CellName(string? column) => column is null ? "cell" : $"{column} cell";
}
