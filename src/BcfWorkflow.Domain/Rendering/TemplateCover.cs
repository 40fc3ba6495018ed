namespace BcfWorkflow.Domain.Rendering;

/// <summary>What the cover sheet shows besides the figures: who submitted what and when, and the sign-off.</summary>
public sealed record TemplateCover(IReadOnlyList<SubmissionRecord> Submissions, SignOff? SignOff)
{
    public static TemplateCover Empty { get; } = new([], null);
}

public sealed record SubmissionRecord(string ContributorId, string ContributorName, int Version, string FileName, DateTimeOffset SubmittedAt, string SubmittedBy);

public sealed record SignOff(string ApprovedBy, DateTimeOffset ApprovedAt);
