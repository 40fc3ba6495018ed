using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Calendar;

/// <summary>The dates a lead is offered when opening a cycle, from the national timetable as bcf-domain.md records it:
/// the 2024-25 Q3 template was due 14 February 2025 (45 days after the quarter ended) and the 2023-24 year end 23 May
/// 2024 (53 days after 31 March). So the national date is 45 days after Q1–Q3 end and 53 days after Q4, and the
/// contributors' returns are asked two weeks before it (our rule). Each falls on the working day on or before that
/// day, at 5pm UK time.</summary>
/// <param name="Year">The financial year, "2024-25".</param>
/// <param name="QuarterEnd">The last day of the quarter.</param>
/// <param name="ContributorsDue">When contributors' returns are due.</param>
/// <param name="SubmissionDue">When the area's template is due nationally.</param>
/// <param name="Passed">The timetable's contributors' date had passed (or was less than <see cref="MinimumNotice"/>
/// working days away), so the dates offered are that many working days from today for the returns and as many again
/// for the lead's sign-off, instead.</param>
public sealed record NationalTimetable(string Year, Quarter Quarter, DateOnly QuarterEnd, DateTimeOffset ContributorsDue, DateTimeOffset SubmissionDue, bool Passed)
{
    /// <summary>The fewest working days contributors are given from the day the cycle opens.</summary>
    public const int MinimumNotice = 5;

    /// <summary>Days from the end of the quarter to the national date.</summary>
    public static int DaysToSubmission(Quarter quarter) => quarter.Number == 4 ? 53 : 45;

    /// <summary>The next quarter to open: the first, from the current financial year on, whose contributors' date is
    /// still at least <see cref="MinimumNotice"/> working days ahead.</summary>
    public static NationalTimetable Next(DateTimeOffset now)
    {
        var today = WorkingDays.UkDay(now);
        var startYear = today.Month >= 4 ? today.Year : today.Year - 1;
        for (var year = startYear; ; year++)
        {
            var financialYear = $"{year}-{(year + 1) % 100:00}";
            for (var q = 1; q <= 4; q++)
            {
                var timetable = For(financialYear, new Quarter(q), now);
                if (!timetable.Passed)
                {
                    return timetable;
                }
            }
        }
    }

    public static NationalTimetable For(string financialYear, Quarter quarter, DateTimeOffset now)
    {
        var end = quarter.EndDate(financialYear);
        var submission = WorkingDays.OnOrBefore(end.AddDays(DaysToSubmission(quarter)));
        var contributors = WorkingDays.OnOrBefore(submission.AddDays(-14));
        var earliest = WorkingDays.Add(WorkingDays.UkDay(now), MinimumNotice);
        var passed = contributors < earliest;
        if (passed)
        {
            // The lead still needs time to check and sign off after the returns are in.
            contributors = earliest;
            var signOff = WorkingDays.Add(contributors, MinimumNotice);
            submission = submission < signOff ? signOff : submission;
        }
        return new NationalTimetable(financialYear, quarter, end, WorkingDays.DeadlineOn(contributors), WorkingDays.DeadlineOn(submission), passed);
    }
}
