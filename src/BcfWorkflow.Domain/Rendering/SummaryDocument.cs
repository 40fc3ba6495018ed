using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>summary.json as a value, in the shape fixed by docs/interfaces.md (property order is the file's order).</summary>
/// <remarks>PercentageSpent is rounded to 4 dp here; amounts are exact.</remarks>
public sealed record SummaryDocument(
    string Area,
    string Year,
    string Quarter,
    IReadOnlyList<RunningBalance> RunningBalances,
    IReadOnlyList<RequiredSpendLine> RequiredSpend,
    IReadOnlyList<SummarySchemeEntry> Schemes,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<ValidationIssue> Warnings)
{
    private const int PercentageDecimals = 4;

    public static SummaryDocument From(AreaSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new SummaryDocument(
            summary.Area,
            summary.Year,
            summary.Quarter,
            summary.RunningBalances.Select(b => b with
            {
                Income = Normalise(b.Income),
                ExpenditureToDate = Normalise(b.ExpenditureToDate),
                PercentageSpent = b.PercentageSpent is { } p ? Normalise(Math.Round(p, PercentageDecimals, MidpointRounding.AwayFromZero)) : null,
                Balance = Normalise(b.Balance),
            }).ToList(),
            summary.RequiredSpend.Select(r => r with
            {
                MinimumRequired = Normalise(r.MinimumRequired),
                ExpenditureToDate = Normalise(r.ExpenditureToDate),
                Balance = Normalise(r.Balance),
            }).ToList(),
            summary.Schemes.Select(s => new SummarySchemeEntry(
                s.Scheme.Id,
                s.Returned ? Normalise(s.ExpenditureToDate) : null,
                s.Returned ? Normalise(s.OutputsDeliveredToDate) : null,
                s.Comments)).ToList(),
            summary.Checklist,
            summary.Warnings);
    }

    /// <summary>Drops trailing zeros (346085.00 becomes 346085) without changing the value.</summary>
    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal? Normalise(decimal? value) => value is { } v ? Normalise(v) : null;
}
