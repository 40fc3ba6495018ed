namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>How a file writes its numbers: UK style "1,234.56", continental style "1.234,56".</summary>
internal enum NumberConvention
{
    /// <summary>No figure in the file shows its convention (every one is plain digits, or could be read either way).</summary>
    Unknown,
    Uk,
    Continental,

    /// <summary>Some figures are unmistakably UK style and others unmistakably continental.</summary>
    Mixed,
}

/// <summary>
/// Numbers typed as text read exactly as their author meant, or not at all. A text such as "1,272" or "1.272" reads
/// as one number in UK style and another in continental style; it is read only when the file's other figures show
/// which style it uses (<see cref="NumberStyleEvidence"/>), or when only one style gives a valid figure (an amount
/// has at most two decimal places, so "£374,277" can only be UK style). Otherwise it is refused, never guessed.
/// </summary>
internal static class NumberText
{
    /// <summary>Generous decimal places when judging a text's style alone (the column's own limit applies to reading).</summary>
    private const int AnyDecimals = 9;

    public static bool TryUk(ReadOnlySpan<char> text, int maxDecimals, out decimal value) =>
        GroupedNumber.TryParse(text, ',', '.', maxDecimals, out value);

    public static bool TryContinental(ReadOnlySpan<char> text, int maxDecimals, out decimal value) =>
        GroupedNumber.TryParse(text, '.', ',', maxDecimals, out value);

    /// <summary>The convention an unsigned number's text shows by itself: UK for "1,108,147" or "12.5", continental
    /// for "1.108.147" or "12,5", Unknown for plain digits or a text either style reads ("1,272").</summary>
    public static NumberConvention StyleOf(ReadOnlySpan<char> text)
    {
        var uk = TryUk(text, AnyDecimals, out var ukValue);
        var continental = TryContinental(text, AnyDecimals, out var continentalValue);
        return (uk, continental) switch
        {
            (true, false) => NumberConvention.Uk,
            (false, true) => NumberConvention.Continental,
            _ => NumberConvention.Unknown,
        };
    }

    /// <summary>Reads an unsigned number's text in the file's convention, allowing <paramref name="maxDecimals"/> places.</summary>
    /// <returns><see cref="AmountOutcome.Ok"/> and the value; <see cref="AmountOutcome.Ambiguous"/> (value: the UK
    /// reading) when both styles read it differently and the file does not say which; <see cref="AmountOutcome.OtherConvention"/>
    /// (value: that reading) when only the style the file does not use reads it; otherwise <see cref="AmountOutcome.NotAnAmount"/>.</returns>
    public static (AmountOutcome Outcome, decimal Value) Read(ReadOnlySpan<char> text, int maxDecimals, NumberConvention convention)
    {
        var uk = TryUk(text, maxDecimals, out var ukValue);
        var continental = TryContinental(text, maxDecimals, out var continentalValue);
        if (uk && continental && ukValue == continentalValue)
        {
            return (AmountOutcome.Ok, ukValue); // plain digits
        }
        return convention switch
        {
            NumberConvention.Continental => continental ? (AmountOutcome.Ok, continentalValue)
                : uk ? (AmountOutcome.OtherConvention, ukValue) : (AmountOutcome.NotAnAmount, 0m),
            NumberConvention.Uk => uk ? (AmountOutcome.Ok, ukValue)
                : continental ? (AmountOutcome.OtherConvention, continentalValue) : (AmountOutcome.NotAnAmount, 0m),
            // Unknown or mixed: a text both styles read differently is ambiguous; one only continental style reads
            // is not trusted without the file showing that style.
            _ => (uk, continental) switch
            {
                (true, true) => (AmountOutcome.Ambiguous, ukValue),
                (true, false) => (AmountOutcome.Ok, ukValue),
                (false, true) => (AmountOutcome.OtherConvention, continentalValue),
                _ => (AmountOutcome.NotAnAmount, 0m),
            },
        };
    }

    /// <summary>Both readings of an ambiguous text, for a message: ("1272", "1.272") for "1,272".</summary>
    public static (string Uk, string Continental) Readings(ReadOnlySpan<char> text)
    {
        TryUk(text, AnyDecimals, out var uk);
        TryContinental(text, AnyDecimals, out var continental);
        return (AmountText.Plain(uk), AmountText.Plain(continental));
    }
}

/// <summary>Gathers, over the figures of one file, the convention each shows by itself, and gives the file's.</summary>
internal sealed class NumberStyleEvidence
{
    public NumberConvention Convention { get; private set; }

    /// <summary>A figure that shows UK style, as typed (for messages); null when none does.</summary>
    public string? UkExample { get; private set; }

    /// <summary>A figure that shows continental style, as typed; null when none does.</summary>
    public string? ContinentalExample { get; private set; }

    /// <summary>Notes a figure's text (currency signs, signs and spaces already stripped).</summary>
    public void Observe(ReadOnlySpan<char> unsignedText)
    {
        switch (NumberText.StyleOf(unsignedText))
        {
            case NumberConvention.Uk:
                UkExample ??= unsignedText.ToString();
                break;
            case NumberConvention.Continental:
                ContinentalExample ??= unsignedText.ToString();
                break;
            default:
                return;
        }
        Convention = (UkExample, ContinentalExample) switch
        {
            (not null, not null) => NumberConvention.Mixed,
            (not null, null) => NumberConvention.Uk,
            _ => NumberConvention.Continental,
        };
    }
}
