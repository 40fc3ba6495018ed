namespace BcfWorkflow.Domain.Model;

/// <summary>One row of the area's plan: a scheme, its funding source and its planned figures.</summary>
/// <remarks>Percentages are whole-number percentages (60 means 60%), set only for Joint schemes.</remarks>
public sealed record Scheme
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string SchemeType { get; init; } = "";
    public string SubType { get; init; } = "";
    public string SchemeTypeOther { get; init; } = "";
    public string AreaOfSpend { get; init; } = "";
    public string AreaOfSpendOther { get; init; } = "";
    public Commissioner Commissioner { get; init; }
    public decimal? PctNhs { get; init; }
    public decimal? PctLa { get; init; }
    public string Provider { get; init; } = "";
    public required string SourceOfFunding { get; init; }
    public decimal PlannedExpenditure { get; init; }

    /// <summary>Planned outputs for the year; null where no output is planned (the return then says NA).</summary>
    public decimal? PlannedOutputs { get; init; }
    public string Units { get; init; } = "";

    /// <summary>The share of this scheme's spend commissioned by the NHS, as a fraction (0..1).</summary>
    public decimal NhsShare => Commissioner switch
    {
        Commissioner.NHS => 1m,
        Commissioner.Joint => (PctNhs ?? 0m) / 100m,
        _ => 0m,
    };
}
