namespace BcfWorkflow.Api.Auth;

/// <summary>Who is calling: a lead, or a contributor acting for one contributor id.</summary>
public sealed record Caller(string Name, CallerRole Role, string? ContributorId)
{
    public bool IsLead => Role == CallerRole.Lead;

    /// <summary>A lead may act for anyone; a contributor only for itself.</summary>
    public bool MayActFor(string contributorId) =>
        IsLead || string.Equals(ContributorId, contributorId, StringComparison.OrdinalIgnoreCase);
}
