namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The relative parts of a cycle's schedule, from configuration: tests pass seconds, production days.</summary>
/// <param name="ReminderOffsets">When to remind a contributor that has not submitted, relative to its due date
/// (negative = before). Offsets already past when the cycle opens are skipped.</param>
/// <param name="GracePeriod">The lead is told a contributor is late at due + grace (once per due date).</param>
/// <param name="SignOffReminderInterval">The lead is reminded at the submission due date, then this often, until a decision.</param>
/// <param name="SendBackAllowance">A contributor sent back at sign-off is due again this long after the send-back.</param>
/// <param name="ResubmissionSettle">While awaiting sign-off, new versions are gathered until none has arrived for this
/// long, then the area is aggregated once and the lead gets one new summary (zero: at once, for each version).</param>
public sealed record CycleScheduleOptions(
    IReadOnlyList<TimeSpan> ReminderOffsets,
    TimeSpan GracePeriod,
    TimeSpan SignOffReminderInterval,
    TimeSpan SendBackAllowance,
    TimeSpan ResubmissionSettle = default)
{
    /// <summary>A new instance on every call, so configuration binding into one copy never changes another.
    /// Reminders 3 days before, on and 2 days after the due date; lead told after 5 days; sign-off reminders every 2 days; resubmissions at sign-off settle for 2 minutes.</summary>
    public static CycleScheduleOptions Default => new(
        [TimeSpan.FromDays(-3), TimeSpan.Zero, TimeSpan.FromDays(2)],
        TimeSpan.FromDays(5),
        TimeSpan.FromDays(2),
        TimeSpan.FromDays(3),
        TimeSpan.FromMinutes(2));
}
