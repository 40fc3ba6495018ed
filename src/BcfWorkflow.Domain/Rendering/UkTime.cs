using System.Globalization;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Times as people in England read them: UK local time (GMT in winter, BST in summer) with the day, in the
/// GOV.UK style, "5pm on Friday 18 October 2024". Instants are stored in UTC; only what people read is converted.</summary>
public static class UkTime
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The UK rule since 1996: BST from 1am GMT on the last Sunday of March to 2am BST on the last Sunday of
    /// October.</summary>
    internal static TimeZoneInfo BuiltInLondon { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Europe/London", TimeSpan.Zero, "UK time", "GMT", "BST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(1996, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    /// <summary>The "Europe/London" zone of the machine's time-zone database, or the same rule built in (a container
    /// without tzdata), so the words never depend on where the code runs.</summary>
    public static TimeZoneInfo London { get; } = FindLondon();

    public static DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, London);

    /// <summary>"5pm on Friday 18 October 2024", "9:30am on …", "midday on …"; a time of exactly midnight is the end of
    /// the day before ("midnight at the end of Friday 18 October 2024"), as a deadline means it. Seconds are dropped.</summary>
    public static string Describe(DateTimeOffset at)
    {
        var local = ToLocal(at);
        return local is { Hour: 0, Minute: 0 }
            ? $"midnight at the end of {Day(local.AddDays(-1))}"
            : $"{Clock(local)} on {Day(local)}";
    }

    private static string Day(DateTimeOffset local) => local.ToString("dddd d MMMM yyyy", Invariant);

    private static string Clock(DateTimeOffset local)
    {
        if (local is { Hour: 12, Minute: 0 })
        {
            return "midday";
        }
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var suffix = local.Hour < 12 ? "am" : "pm";
        return local.Minute == 0
            ? $"{hour.ToString(Invariant)}{suffix}"
            : $"{hour.ToString(Invariant)}:{local.Minute.ToString("00", Invariant)}{suffix}";
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return BuiltInLondon;
        }
    }
}
