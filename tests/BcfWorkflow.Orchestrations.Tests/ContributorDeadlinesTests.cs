using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>The contributor's deadline rules with times the test chooses: no timers, no waiting.</summary>
public sealed class ContributorDeadlinesTests
{
    private static readonly DateTimeOffset Due = new(2024, 10, 18, 16, 0, 0, TimeSpan.Zero);

    // Reminders 3 days before and on the day, "late" at the due date, the lead told 2 days after.
    private static readonly CycleSchedule Schedule = new(Due, Due.AddDays(14), [TimeSpan.FromDays(-3), TimeSpan.Zero],
        TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.FromDays(5));

    private static ContributorStatus Awaiting => ContributorStatus.Initial("blaby", Due);

    [Fact]
    public void Next_OpenedAWeekBefore_IsTheFirstReminder()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-7));

        Assert.Equal(Due.AddDays(-3), deadlines.Next(Awaiting));
    }

    [Fact]
    public void For_OpenedAfterTheFirstReminderTime_SkipsIt()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-1));

        Assert.Equal(Due, deadlines.Next(Awaiting));
    }

    [Fact]
    public void At_FirstReminderTime_RemindsOnlyAndWaitsForTheDueDateNext()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-7));

        var (actions, after) = deadlines.At(Awaiting, Due.AddDays(-3));

        Assert.Equal(new DeadlineActions(MarkLate: false, Remind: true, Escalate: false), actions);
        Assert.Equal(Due, after.Next(Awaiting));
    }

    [Fact]
    public void At_DueDate_MarksLateAndSendsTheOnTheDayReminderThenWaitsForTheGraceEnd()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-2));

        var (actions, after) = deadlines.At(Awaiting, Due);

        Assert.Equal(new DeadlineActions(MarkLate: true, Remind: true, Escalate: false), actions);
        Assert.Equal(Due.AddDays(2), after.Next(Awaiting with { State = ContributorStates.Late }));
    }

    [Fact]
    public void At_WokenLateAfterEveryDeadline_DoesEachOnceWithOneReminderForTheOffsetsMissed()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-7));

        var (actions, after) = deadlines.At(Awaiting, Due.AddDays(10));
        var done = Awaiting with { State = ContributorStates.Late, Escalated = true };

        Assert.Equal(new DeadlineActions(MarkLate: true, Remind: true, Escalate: true), actions);
        Assert.Null(after.Next(done));
        Assert.Equal(new DeadlineActions(false, false, false), after.At(done, Due.AddDays(11)).Actions);
    }

    [Fact]
    public void Next_ReturnIn_IsNothingToWaitFor()
    {
        var deadlines = ContributorDeadlines.For(Schedule, Due, Due.AddDays(-7));

        Assert.Null(deadlines.Next(Awaiting with { State = ContributorStates.Submitted, Versions = 1, LatestVersion = 1 }));
    }

    [Fact]
    public void For_SentBackWithANewDueDate_StartsTheRemindersAgainFromIt()
    {
        var newDue = Due.AddDays(10);
        var sentBack = Awaiting with { State = ContributorStates.SentBack, Due = newDue, RemindersSent = 2 };

        var deadlines = ContributorDeadlines.For(Schedule, newDue, Due.AddDays(5));

        Assert.Equal(newDue.AddDays(-3), deadlines.Next(sentBack));
    }
}
