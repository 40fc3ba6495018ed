namespace BcfWorkflow.Functions.Cycles;

/// <summary>A quarter of the financial year (April to March): Q1 ends 30 Jun, Q2 30 Sep, Q3 31 Dec, Q4 31 Mar.</summary>
/// <param name="Year">"2024-25".</param>
/// <param name="Quarter">"Q1".."Q4".</param>
/// <param name="EndsAt">The first instant after the quarter (midnight UTC starting its next day).</param>
public sealed record FinancialQuarter(string Year, string Quarter, DateTimeOffset EndsAt)
{
    /// <summary>The last quarter that ended at or before <paramref name="now"/>.</summary>
    public static FinancialQuarter LastEndedAt(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var currentStart = new DateTime(utc.Year, (utc.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var endedStart = currentStart.AddMonths(-3);
        var number = endedStart.Month switch { 4 => 1, 7 => 2, 10 => 3, _ => 4 };
        var firstYear = endedStart.Month >= 4 ? endedStart.Year : endedStart.Year - 1;
        return new FinancialQuarter($"{firstYear}-{(firstYear + 1) % 100:00}", $"Q{number}", new DateTimeOffset(currentStart));
    }
}
