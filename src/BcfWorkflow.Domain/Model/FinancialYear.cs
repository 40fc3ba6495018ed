using System.Globalization;

namespace BcfWorkflow.Domain.Model;

/// <summary>A financial year as the template writes it, April to March: "2024-25" (the second part the next year's
/// last two digits). "2024-2025" or "2024-26" is not one, and would make a cycle id no key could match.</summary>
public static class FinancialYear
{
    public static bool IsValid(string? year) =>
        year is { Length: 7 } && year[4] == '-'
        && int.TryParse(year.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
        && int.TryParse(year.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
        && start is >= 2000 and <= 2099 && end == (start + 1) % 100;
}
