using BcfWorkflow.Domain.Calendar;

namespace BcfWorkflow.Domain.Tests.Calendar;

public sealed class WorkingDaysTests
{
    /// <summary>GOV.UK's published bank holidays for England and Wales (gov.uk/bank-holidays).</summary>
    [Theory]
    [InlineData(2024, "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26")]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    [InlineData(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26")]
    public void BankHolidays_AreThoseGovUkPublishes(int year, string expected)
    {
        var days = WorkingDays.BankHolidays(year).Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), days);
    }

    [Fact]
    public void OnOrAfterAndOnOrBefore_SkipWeekendsAndBankHolidays()
    {
        Assert.Equal(new DateOnly(2026, 12, 29), WorkingDays.OnOrAfter(new DateOnly(2026, 12, 25)));
        Assert.Equal(new DateOnly(2026, 12, 24), WorkingDays.OnOrBefore(new DateOnly(2026, 12, 28)));
        Assert.Equal(new DateOnly(2027, 2, 12), WorkingDays.OnOrBefore(new DateOnly(2027, 2, 14)));
        Assert.Equal(new DateOnly(2026, 12, 2), WorkingDays.OnOrAfter(new DateOnly(2026, 12, 2)));
        Assert.Equal(new DateOnly(2026, 12, 9), WorkingDays.Add(new DateOnly(2026, 12, 2), 5));
        Assert.Equal(new DateOnly(2026, 12, 30), WorkingDays.Add(new DateOnly(2026, 12, 23), 3)); // 24th, 29th, 30th
    }

    [Fact]
    public void DeadlineOn_IsFivePmUkTimeInWinterAndSummer()
    {
        Assert.Equal(DateTimeOffset.Parse("2027-01-29T17:00:00Z"), WorkingDays.DeadlineOn(new DateOnly(2027, 1, 29)));
        Assert.Equal(DateTimeOffset.Parse("2026-07-01T16:00:00Z"), WorkingDays.DeadlineOn(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void UkDay_IsTheDayInLondon()
    {
        // 11:30pm UTC on 30 June is half past midnight on 1 July in London (BST).
        Assert.Equal(new DateOnly(2026, 7, 1), WorkingDays.UkDay(DateTimeOffset.Parse("2026-06-30T23:30:00Z")));
        Assert.Equal(new DateOnly(2026, 12, 31), WorkingDays.UkDay(DateTimeOffset.Parse("2026-12-31T23:30:00Z")));
    }
}
