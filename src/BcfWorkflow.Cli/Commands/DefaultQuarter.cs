using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Cli.Commands;

/// <summary>The quarter <c>bcf aggregate</c> reports when --quarter is not given.</summary>
public static class DefaultQuarter
{
    public const string Description =
        "Default: the latest quarter of the plan's year that has ended by today (Q4 once the year is over; Q1 before its first quarter ends).";

    public static Quarter For(string financialYear, DateOnly today)
    {
        for (var n = 4; n >= 1; n--)
        {
            var quarter = new Quarter(n);
            if (quarter.EndDate(financialYear) <= today)
            {
                return quarter;
            }
        }
        return new Quarter(1);
    }
}
