using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Tests;

public sealed class CycleScheduleTests
{
    [Fact]
    public void SendBackDue_IsNeverEarlierThanTheContributorsDueDateAndEndsAtFivePmOnAWorkingDay()
    {
        var schedule = CycleSchedule.From(DateTimeOffset.Parse("2026-12-20T17:00:00Z"), DateTimeOffset.Parse("2027-01-10T17:00:00Z"), CycleScheduleOptions.Default);

        // Sent back at 10am on Wednesday 23 December 2026 with 3 days: Saturday 26th, so the next working day after
        // Christmas and Boxing Day (Monday 28th, the substitute): Tuesday 29 December, 5pm (GMT).
        Assert.Equal(DateTimeOffset.Parse("2026-12-29T17:00:00Z"), schedule.SendBackDue(DateTimeOffset.Parse("2026-12-23T10:00:00Z"), DateTimeOffset.Parse("2026-12-20T17:00:00Z")));
        // A due date further off than the allowance is kept.
        Assert.Equal(DateTimeOffset.Parse("2027-01-15T17:00:00Z"), schedule.SendBackDue(DateTimeOffset.Parse("2026-12-23T10:00:00Z"), DateTimeOffset.Parse("2027-01-15T17:00:00Z")));
        // In summer, 5pm UK time is 4pm UTC: sent back Monday 1 June 2026, due Thursday 4 June.
        Assert.Equal(DateTimeOffset.Parse("2026-06-04T16:00:00Z"), schedule.SendBackDue(DateTimeOffset.Parse("2026-06-01T09:30:00Z"), null));
        // An allowance under a day (tests) is taken as it is.
        var seconds = schedule with { SendBackAllowance = TimeSpan.FromSeconds(30) };
        Assert.Equal(DateTimeOffset.Parse("2026-12-23T10:00:30Z"), seconds.SendBackDue(DateTimeOffset.Parse("2026-12-23T10:00:00Z"), DateTimeOffset.Parse("2026-12-20T17:00:00Z")));
    }
}
