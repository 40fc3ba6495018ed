namespace BcfWorkflow.Domain.Plans;

/// <summary>
/// A Joint scheme's NHS and LA shares, given as percentages (60 and 40) or as fractions (0.6 and 0.4, as a
/// spreadsheet stores 60%). The two readings never both fit: percentages make 100, fractions make 1. Anything else
/// is left as given, for <see cref="PlanConsistency"/> to refuse.
/// </summary>
internal static class JointShares
{
    public static (decimal? PctNhs, decimal? PctLa) AsPercentages(decimal? nhs, decimal? la) =>
        nhs is { } n && la is { } l && n + l == 1m && n is >= 0m and <= 1m && l is >= 0m and <= 1m
            ? (n * 100m, l * 100m)
            : (nhs, la);
}
