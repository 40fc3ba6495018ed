using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>What the template shows besides the figures: who submitted what and when, the sign-off, and the lead's
/// answers to the cover's questions, the national conditions and the metrics (none yet: null).</summary>
public sealed record TemplateCover(IReadOnlyList<SubmissionRecord> Submissions, SignOff? SignOff, LeadAnswers? Answers = null)
{
    public static TemplateCover Empty { get; } = new([], null);
}

public sealed record SubmissionRecord(string ContributorId, string ContributorName, int Version, string FileName, DateTimeOffset SubmittedAt, string SubmittedBy);

public sealed record SignOff(string ApprovedBy, DateTimeOffset ApprovedAt);
