using BcfWorkflow.Domain.Calendar;

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

    /// <summary>When a contributor sent back at <paramref name="now"/> is due again: <see cref="SendBackAllowance"/>
    /// later, and never earlier than the date it already had (<paramref name="currentDue"/>). An allowance of whole
    /// days ends at 5pm UK time on a working day (the first on or after that day), as every deadline people are given
    /// does; a shorter one (tests) is taken as it is.</summary>
    public DateTimeOffset SendBackDue(DateTimeOffset now, DateTimeOffset? currentDue)
    {
        var due = now + SendBackAllowance;
        if (SendBackAllowance >= TimeSpan.FromDays(1))
        {
            due = WorkingDays.DeadlineOn(WorkingDays.OnOrAfter(WorkingDays.UkDay(due)));
        }
        return currentDue is { } current && current > due ? current : due;
    }
}
