namespace BcfWorkflow.Api.Endpoints;

/// <summary>One cycle in <c>GET /api/cycles</c>; a contributor sees only its own row in <paramref name="Contributors"/>.</summary>
/// <param name="Stage">One of CycleStages; "ended" when the orchestration stopped without completing.</param>
/// <param name="ApprovedAt">When the lead approved the area return, once approved.</param>
public sealed record CycleListItem(
    string CycleId,
    string Area,
    string Year,
    string Quarter,
    string Stage,
    DateTimeOffset ContributorsDue,
    DateTimeOffset SubmissionDue,
    DateTimeOffset CreatedAt,
    int? TemplateVersion,
    IReadOnlyList<CycleContributorItem> Contributors,
    DateTimeOffset? ApprovedAt = null);
