using System.Text.Json.Nodes;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>What the plan details sheet or file gave: each label/value row read (a value whose cell could not be read
/// is absent, and reported), the income rows and the contributors, each with the row it came from.</summary>
internal sealed class PlanDetails
{
    /// <summary>The row of each label of <see cref="PlanDetailsLayout.Labels"/> found.</summary>
    public Dictionary<string, int> LabelRows { get; } = new(StringComparer.Ordinal);

    /// <summary>The value read for each label, as it goes into plan.json.</summary>
    public Dictionary<string, JsonNode> Values { get; } = new(StringComparer.Ordinal);

    public List<IncomeEntry> Income { get; } = [];

    public List<ContributorEntry> Contributors { get; } = [];

    /// <summary>Whether every contributor's Scheme IDs were read: if not, a scheme may look unowned only because of that.</summary>
    public bool SchemeListsComplete { get; set; } = true;
}

/// <summary>An "Income: SOURCE" row: the source as typed, its label as the sheet shows it, and the amount (null when unreadable).</summary>
internal sealed record IncomeEntry(int Row, string Label, string Source, decimal? Amount);

/// <summary>A row of the contributors table: its id and scheme ids when readable, and its plan.json object.</summary>
internal sealed record ContributorEntry(int Row, string? Id, IReadOnlyList<string> SchemeIds, JsonObject Json);
