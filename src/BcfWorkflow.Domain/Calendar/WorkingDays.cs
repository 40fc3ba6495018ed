using BcfWorkflow.Domain.Rendering;

namespace BcfWorkflow.Domain.Calendar;

/// <summary>Working days in England: Monday to Friday except the bank holidays of England and Wales. Deadlines people
/// are given fall on a working day at 5pm UK time, never on a Sunday or Christmas Day.</summary>
/// <remarks>The bank holidays follow the standing rules (the Banking and Financial Dealings Act 1971 and the annual
/// proclamations): New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of
/// August, Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend. One-off changes
/// by proclamation are listed in <see cref="Proclaimed"/>; add a new one there when it is announced.</remarks>
public static class WorkingDays
{
    /// <summary>The hour of the day a deadline falls at, UK local time.</summary>
    public const int DeadlineHour = 17;

    /// <summary>Years whose bank holidays differ from the standing rules: the days removed and the days added.</summary>
    private static readonly Dictionary<int, (DateOnly[] Removed, DateOnly[] Added)> Proclaimed = new()
    {
        [2020] = ([new(2020, 5, 4)], [new(2020, 5, 8)]),                                     // VE Day
        [2022] = ([new(2022, 5, 30)], [new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19)]), // Platinum Jubilee, state funeral
        [2023] = ([], [new(2023, 5, 8)]),                                                     // the coronation
    };

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays(day.Year).Contains(day);

    /// <summary>The day itself if it is a working day, else the next working day.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>The day itself if it is a working day, else the working day before it.</summary>
    public static DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    /// <summary>The working day <paramref name="count"/> working days after <paramref name="day"/>.</summary>
    public static DateOnly Add(DateOnly day, int count)
    {
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }
        return day;
    }

    /// <summary>5pm UK time (GMT or BST as the day has it) on <paramref name="day"/>, as an instant.</summary>
    public static DateTimeOffset DeadlineOn(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(DeadlineHour, 0));
        return new DateTimeOffset(local, UkTime.London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The UK calendar day of an instant.</summary>
    public static DateOnly UkDay(DateTimeOffset at) => DateOnly.FromDateTime(UkTime.ToLocal(at).DateTime);

    /// <summary>The bank holidays of England and Wales in a calendar year.</summary>
    public static IReadOnlySet<DateOnly> BankHolidays(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1), []),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        var christmas = NextWeekday(new DateOnly(year, 12, 25), []);
        days.Add(christmas);
        days.Add(NextWeekday(new DateOnly(year, 12, 26), [christmas]));
        if (Proclaimed.TryGetValue(year, out var changes))
        {
            days.ExceptWith(changes.Removed);
            days.UnionWith(changes.Added);
        }
        return days;
    }

    /// <summary>The day, or the first weekday after it not already taken (a substitute day).</summary>
    private static DateOnly NextWeekday(DateOnly day, DateOnly[] taken)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
