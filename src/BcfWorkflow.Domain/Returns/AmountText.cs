using System.Globalization;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Amounts as messages show them: "£603,345", "£1,234.50", outputs as "1,500".</summary>
internal static class AmountText
{
    public static string Pounds(decimal amount) =>
        "£" + amount.ToString(decimal.Truncate(amount) == amount ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A number with no separators, as someone should type it: "1272", "1.5".</summary>
    public static string Plain(decimal value) => value.ToString("0.#########", CultureInfo.InvariantCulture);

    public static string Count(decimal count) => count.ToString("#,##0.######", CultureInfo.InvariantCulture);
}
