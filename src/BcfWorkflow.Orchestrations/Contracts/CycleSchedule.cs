namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>A cycle's schedule as absolute times (computed once by the starter, so replay never recomputes them)
/// plus the relative offsets the orchestrations apply to them.</summary>
/// <param name="ContributorsDue">When contributors' returns are due.</param>
/// <param name="SubmissionDue">The national submission date: the first sign-off reminder to the lead.</param>
public sealed record CycleSchedule(
    DateTimeOffset ContributorsDue,
    DateTimeOffset SubmissionDue,
    IReadOnlyList<TimeSpan> ReminderOffsets,
    TimeSpan GracePeriod,
    TimeSpan SignOffReminderInterval,
    TimeSpan SendBackAllowance,
    TimeSpan ResubmissionSettle = default)
{
    public static CycleSchedule From(DateTimeOffset contributorsDue, DateTimeOffset submissionDue, CycleScheduleOptions options) =>
        new(contributorsDue, submissionDue, [.. options.ReminderOffsets.Order()], options.GracePeriod,
            options.SignOffReminderInterval, options.SendBackAllowance, options.ResubmissionSettle);
}
