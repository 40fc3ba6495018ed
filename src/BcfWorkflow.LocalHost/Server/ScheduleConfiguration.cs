using System.Globalization;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Reads <c>Api:Schedule</c> (e.g. <c>Api__Schedule__ReminderOffsets__0=00:00:05</c>,
/// <c>Api__Schedule__GracePeriod=00:00:10</c>) so that <c>bcf serve</c> can run a cycle on a compressed clock.</summary>
/// <remarks>Read by hand rather than bound: binding <c>Api:Schedule</c> into <c>ApiOptions</c> appends the configured
/// offsets to the default ones instead of replacing them. Unset values keep
/// the defaults.</remarks>
public static class ScheduleConfiguration
{
    public const string Section = "Api:Schedule";

    /// <summary>The configured schedule, or null when the section is absent.</summary>
    public static CycleScheduleOptions? Read(IConfiguration configuration)
    {
        IConfigurationSection section = configuration.GetSection(Section);
        if (!section.Exists())
        {
            return null;
        }

        CycleScheduleOptions defaults = CycleScheduleOptions.Default;
        List<TimeSpan> offsets = [.. section.GetSection(nameof(CycleScheduleOptions.ReminderOffsets)).GetChildren()
            .OrderBy(item => int.TryParse(item.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) ? index : int.MaxValue)
            .Select(item => Span(item, item.Value))];
        return new CycleScheduleOptions(
            offsets.Count > 0 ? offsets : defaults.ReminderOffsets,
            SpanOr(section, nameof(CycleScheduleOptions.GracePeriod), defaults.GracePeriod),
            SpanOr(section, nameof(CycleScheduleOptions.SignOffReminderInterval), defaults.SignOffReminderInterval),
            SpanOr(section, nameof(CycleScheduleOptions.SendBackAllowance), defaults.SendBackAllowance),
            SpanOr(section, nameof(CycleScheduleOptions.ResubmissionSettle), defaults.ResubmissionSettle));
    }

    static TimeSpan SpanOr(IConfigurationSection section, string key, TimeSpan fallback) =>
        section[key] is { Length: > 0 } value ? Span(section.GetSection(key), value) : fallback;

    static TimeSpan Span(IConfigurationSection item, string? value) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan span)
            ? span
            : throw new FormatException($"{item.Path} is '{value}', not a time span such as 00:00:05 or 3.00:00:00.");
}
