namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The values of <see cref="ContributorStatus.State"/>.</summary>
public static class ContributorStates
{
    public const string Awaiting = "awaiting";
    public const string Submitted = "submitted";
    public const string Late = "late";
    public const string SentBack = "sentBack";
}
