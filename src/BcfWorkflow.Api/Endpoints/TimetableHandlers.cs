using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Calendar;
using BcfWorkflow.Domain.Model;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/timetable[?year=2024-25&amp;quarter=Q3]</c> (lead): the dates offered when opening a cycle, on
/// working days at 5pm UK time, from the national timetable (<see cref="NationalTimetable"/>); without a year and
/// quarter, for the next quarter to open.</summary>
public sealed class TimetableHandlers(RequestAuth auth, TimeProvider clock)
{
    public IResult GetTimetable(HttpRequest request)
    {
        var (_, denied) = auth.Lead(request);
        if (denied is not null)
        {
            return denied;
        }
        var year = request.Query["year"].ToString().Trim();
        var quarter = request.Query["quarter"].ToString().Trim();
        if (year.Length == 0 && quarter.Length == 0)
        {
            return Results.Ok(View(NationalTimetable.Next(clock.GetUtcNow())));
        }
        if (!FinancialYear.IsValid(year))
        {
            return ApiProblems.BadRequest($"'{year}' is not a financial year: write it as the two years it spans, for example 2024-25.");
        }
        if (!Quarter.TryParse(quarter, out var q))
        {
            return ApiProblems.BadRequest($"'{quarter}' is not a quarter: use Q1, Q2, Q3 or Q4.");
        }
        return Results.Ok(View(NationalTimetable.For(year, q, clock.GetUtcNow())));
    }

    private static TimetableView View(NationalTimetable t) => new(t.Year, t.Quarter.ToString(),
        t.QuarterEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        t.ContributorsDue, t.SubmissionDue, t.Passed, NationalTimetable.DaysToSubmission(t.Quarter));
}

/// <summary>What <c>GET /api/timetable</c> returns.</summary>
/// <param name="QuarterEnd">The quarter's last day, yyyy-MM-dd.</param>
/// <param name="Passed">The timetable's contributors' date is past or too near, so the dates are the earliest fair ones.</param>
public sealed record TimetableView(string Year, string Quarter, string QuarterEnd, DateTimeOffset ContributorsDue, DateTimeOffset SubmissionDue, bool Passed, int DaysToSubmission);
