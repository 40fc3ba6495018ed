namespace BcfWorkflow.Domain.Model;

/// <summary>A quarter of the financial year (April–March): Q1 ends 30 Jun, Q2 30 Sep, Q3 31 Dec, Q4 31 Mar.</summary>
public readonly record struct Quarter
{
    public Quarter(int number)
    {
        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A quarter is 1 to 4.");
        }
        Number = number;
    }

    public int Number { get; }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        var t = (text ?? "").Trim().TrimStart('Q', 'q');
        if (int.TryParse(t, out var n) && n is >= 1 and <= 4)
        {
            quarter = new Quarter(n);
            return true;
        }
        quarter = default;
        return false;
    }

    public static Quarter Parse(string text) =>
        TryParse(text, out var q) ? q : throw new FormatException($"'{text}' is not a quarter (Q1 to Q4).");

    /// <summary>The last day of this quarter in the financial year "2024-25".</summary>
    public DateOnly EndDate(string financialYear)
    {
        var startYear = int.Parse(financialYear.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return Number switch
        {
            1 => new DateOnly(startYear, 6, 30),
            2 => new DateOnly(startYear, 9, 30),
            3 => new DateOnly(startYear, 12, 31),
            _ => new DateOnly(startYear + 1, 3, 31),
        };
    }

    public override string ToString() => $"Q{Number}";
}
