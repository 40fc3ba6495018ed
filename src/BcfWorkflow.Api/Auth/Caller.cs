using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Api.Auth;

/// <summary>Who is calling: a lead, or a contributor acting for one contributor id. <paramref name="Area"/> scopes the
/// caller to one area's plans and cycles (contributor ids are unique only within a plan); null means every area.</summary>
public sealed record Caller(string Name, CallerRole Role, string? ContributorId, string? Area = null)
{
    public bool IsLead => Role == CallerRole.Lead;

    /// <summary>A lead may act for anyone; a contributor only for itself.</summary>
    public bool MayActFor(string contributorId) =>
        IsLead || string.Equals(ContributorId, contributorId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the caller's key covers this area (by its slug, as cycle ids spell it).</summary>
    public bool CoversArea(string area) => Area is null || CycleIds.Slug(Area) == CycleIds.Slug(area);

    /// <summary>Whether the caller's key covers the area a cycle id names (<c>{area}-{year}-{quarter}</c>).</summary>
    public bool CoversCycle(string cycleId) => Area is null || CycleIds.AreaSlugOf(cycleId) == CycleIds.Slug(Area);
}
