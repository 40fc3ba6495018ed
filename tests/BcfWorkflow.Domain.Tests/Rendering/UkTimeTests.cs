using System.Globalization;
using BcfWorkflow.Domain.Rendering;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class UkTimeTests
{
    [Theory]
    [InlineData("2024-10-18T16:00:00Z", "5pm on Friday 18 October 2024")]           // BST: UTC+1
    [InlineData("2024-12-13T17:00:00Z", "5pm on Friday 13 December 2024")]          // GMT
    [InlineData("2024-07-01T08:30:59Z", "9:30am on Monday 1 July 2024")]            // seconds dropped
    [InlineData("2025-01-06T12:00:00Z", "midday on Monday 6 January 2025")]
    [InlineData("2024-10-18T23:00:00Z", "midnight at the end of Friday 18 October 2024")]
    [InlineData("2025-03-30T00:59:00Z", "12:59am on Sunday 30 March 2025")]         // the last GMT minute
    [InlineData("2025-03-30T01:00:00Z", "2am on Sunday 30 March 2025")]             // clocks go forward
    [InlineData("2024-10-27T00:59:00Z", "1:59am on Sunday 27 October 2024")]        // the last BST minute
    [InlineData("2024-10-27T01:00:00Z", "1am on Sunday 27 October 2024")]           // clocks go back
    [InlineData("2024-10-18T17:00:00+01:00", "5pm on Friday 18 October 2024")]     // an offset given is honoured
    public void Describe_Instant_UkLocalTimeWithTheDay(string instant, string expected) =>
        Assert.Equal(expected, UkTime.Describe(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void BuiltInLondon_EveryHourAroundTheChanges2020To2035_AgreesWithTheSystemZone()
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        for (var year = 2020; year <= 2035; year++)
        {
            foreach (var month in new[] { 3, 10 })
            {
                var start = new DateTimeOffset(year, month, 24, 0, 0, 0, TimeSpan.Zero);
                for (var at = start; at < start.AddDays(8); at = at.AddMinutes(30))
                {
                    Assert.Equal(system.GetUtcOffset(at), UkTime.BuiltInLondon.GetUtcOffset(at));
                }
            }
        }
    }
}
