using BcfWorkflow.Domain.Calendar;
using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Tests.Calendar;

public sealed class NationalTimetableTests
{
    static readonly DateTimeOffset LongBefore = DateTimeOffset.Parse("2024-07-01T09:00:00Z");

    [Fact]
    public void For_2024To25Q3_IsTheRecordedNationalDateAndTwoWeeksBefore()
    {
        var t = NationalTimetable.For("2024-25", new Quarter(3), LongBefore);

        // The 2024-25 Q3 template was due Friday 14 February 2025; contributors Friday 31 January, at 5pm (GMT).
        Assert.Equal((new DateOnly(2024, 12, 31), DateTimeOffset.Parse("2025-01-31T17:00:00Z"), DateTimeOffset.Parse("2025-02-14T17:00:00Z"), false),
            (t.QuarterEnd, t.ContributorsDue, t.SubmissionDue, t.Passed));
    }

    [Fact]
    public void For_YearEnd_Is53DaysAfterMarch()
    {
        var t = NationalTimetable.For("2023-24", new Quarter(4), DateTimeOffset.Parse("2024-01-01T09:00:00Z"));

        // 23 May 2024 (a Thursday), 5pm BST; contributors Thursday 9 May.
        Assert.Equal((DateTimeOffset.Parse("2024-05-09T16:00:00Z"), DateTimeOffset.Parse("2024-05-23T16:00:00Z")), (t.ContributorsDue, t.SubmissionDue));
    }

    [Fact]
    public void For_DatesOnASunday_MoveToTheFridayBefore()
    {
        // 2026-27 Q3: 45 days after 31 December 2026 is Sunday 14 February 2027; two weeks before it Sunday 31 January.
        var t = NationalTimetable.For("2026-27", new Quarter(3), DateTimeOffset.Parse("2026-12-02T11:00:00Z"));

        Assert.Equal((DateTimeOffset.Parse("2027-01-29T17:00:00Z"), DateTimeOffset.Parse("2027-02-12T17:00:00Z"), false), (t.ContributorsDue, t.SubmissionDue, t.Passed));
    }

    [Fact]
    public void For_APassedQuarter_OffersTheEarliestFairDatesNotThePast()
    {
        // Wednesday 2 December 2026: 2026-27 Q2's dates (November) are past; five working days on is Wednesday 9 December,
        // and five more for the lead's sign-off, Wednesday 16 December.
        var t = NationalTimetable.For("2026-27", new Quarter(2), DateTimeOffset.Parse("2026-12-02T11:00:00Z"));

        Assert.True(t.Passed);
        Assert.Equal(DateTimeOffset.Parse("2026-12-09T17:00:00Z"), t.ContributorsDue);
        Assert.Equal(DateTimeOffset.Parse("2026-12-16T17:00:00Z"), t.SubmissionDue);
    }

    [Fact]
    public void Next_IsTheFirstQuarterWhoseContributorsDateIsStillFairlyAhead()
    {
        var next = NationalTimetable.Next(DateTimeOffset.Parse("2026-12-02T11:00:00Z"));
        Assert.Equal(("2026-27", 3), (next.Year, next.Quarter.Number));

        // Late January 2027: Q3's contributors' date (Friday 29 January) is under five working days away, so Q4.
        var later = NationalTimetable.Next(DateTimeOffset.Parse("2027-01-27T11:00:00Z"));
        Assert.Equal(("2026-27", 4), (later.Year, later.Quarter.Number));
        Assert.False(later.Passed);
    }
}
