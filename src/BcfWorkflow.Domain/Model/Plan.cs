namespace BcfWorkflow.Domain.Model;

/// <summary>One area's BCF plan for one financial year: income by source, required spend, contributors and schemes.</summary>
public sealed record Plan
{
    public required string Area { get; init; }

    /// <summary>Financial year as written in the template, e.g. "2024-25".</summary>
    public required string Year { get; init; }
    public required Lead Lead { get; init; }

    /// <summary>Income per source, in template order. The order of sources everywhere else follows this list.</summary>
    public required IReadOnlyList<SourceIncome> Income { get; init; }
    public required RequiredSpend RequiredSpend { get; init; }
    public required IReadOnlyList<Contributor> Contributors { get; init; }
    public required IReadOnlyList<Scheme> Schemes { get; init; }

    /// <summary>Whether every contributor may download the whole approved template (every contributor's rows and
    /// comments). By default a contributor gets its own rows and the area's totals only (docs/security.md).</summary>
    public bool ShareTemplateWithContributors { get; init; }

    public IEnumerable<string> Sources => Income.Select(i => i.Source);

    public Scheme? FindScheme(string schemeId) =>
        Schemes.FirstOrDefault(s => string.Equals(s.Id, schemeId.Trim(), StringComparison.OrdinalIgnoreCase));

    public Contributor? FindContributor(string contributorId) =>
        Contributors.FirstOrDefault(c => string.Equals(c.Id, contributorId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The contributor that owns a scheme, or null for an id the plan does not know.</summary>
    public Contributor? OwnerOf(string schemeId) =>
        Contributors.FirstOrDefault(c => c.SchemeIds.Any(id => string.Equals(id, schemeId.Trim(), StringComparison.OrdinalIgnoreCase)));

    public IReadOnlyList<Scheme> SchemesOf(Contributor contributor) =>
        contributor.SchemeIds.Select(id => FindScheme(id)).OfType<Scheme>().ToList();
}
