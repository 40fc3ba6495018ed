using System.Globalization;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Amounts and percentages as the published template shows them: "£1,108,147", "41.90%".</summary>
/// <remarks>Rounding happens here, in presentation only: whole pounds and 2 dp, midpoints away from zero.</remarks>
public static class MoneyFormat
{
    /// <summary>Whole pounds, midpoints away from zero (£0.50 is £1, -£0.50 is -£1).</summary>
    public static decimal WholePounds(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>"£1,108,147"; negatives as "-£2,500".</summary>
    public static string Pounds(decimal amount)
    {
        var rounded = WholePounds(amount);
        var digits = Math.Abs(rounded).ToString("#,##0", CultureInfo.InvariantCulture);
        return rounded < 0 ? $"-£{digits}" : $"£{digits}";
    }

    /// <summary>Pounds as a person writes them: "£1,234" for whole pounds, "£1,234.50" when there are pence; negatives
    /// as "-£2,500" (emails, where a figure is quoted as it was entered, not as the template rounds it).</summary>
    public static string PoundsAndAnyPence(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString(rounded == decimal.Truncate(rounded) ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);
        return rounded < 0 ? $"-£{digits}" : $"£{digits}";
    }

    /// <summary>A fraction as a percentage to 2 dp ("41.90%"); empty for null (income 0).</summary>
    public static string Percentage(decimal? fraction) =>
        fraction is { } f
            ? Math.Round(f * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%"
            : "";

    /// <summary>A plain invariant number without trailing zeros or grouping ("1108147", "40.5"), for machine-readable output.</summary>
    public static string PlainNumber(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
