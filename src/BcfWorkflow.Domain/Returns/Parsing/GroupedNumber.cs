namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Parses an unsigned number written with or without thousands separators, in one convention: UK "1,108,147.00"
/// (separator ',', decimal '.') or continental "1.108.147,00" (separator '.', decimal ','). Separators must make
/// groups of exactly three digits after a first group of one to three (so "1,10,8147" is refused), and the decimal
/// mark needs digits on both sides. <see cref="NumberText"/> decides which convention a cell is read in.
/// </summary>
internal static class GroupedNumber
{
    private const int MaxDigits = 18;

    public static bool TryParse(ReadOnlySpan<char> text, char groupSeparator, char decimalMark, int maxDecimals, out decimal value)
    {
        // The digits are gathered straight into a mantissa: at most MaxDigits + 1 of them, which a ulong holds.
        value = 0m;
        ulong mantissa = 0;
        var length = 0;
        var i = 0;
        var group = 0;
        var grouped = false;
        for (; i < text.Length && text[i] != decimalMark; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (length == MaxDigits)
                {
                    return false;
                }
                length++;
                mantissa = (mantissa * 10) + (uint)(c - '0');
                group++;
            }
            else if (c == groupSeparator && group > 0 && (grouped ? group == 3 : group <= 3))
            {
                grouped = true;
                group = 0;
            }
            else
            {
                return false;
            }
        }
        if (group == 0 || (grouped && group != 3))
        {
            return false;
        }
        var scale = 0;
        if (i < text.Length)
        {
            var decimals = text[(i + 1)..];
            if (decimals.Length == 0 || decimals.Length > maxDecimals || length + decimals.Length > MaxDigits + 1)
            {
                return false;
            }
            foreach (var c in decimals)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
                mantissa = (mantissa * 10) + (uint)(c - '0');
            }
            scale = decimals.Length;
        }
        // As decimal.Parse reads it, trailing zeros kept in the scale ("1.50" is 1.50).
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        return true;
    }
}
