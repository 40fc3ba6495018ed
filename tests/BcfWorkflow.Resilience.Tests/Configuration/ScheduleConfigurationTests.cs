using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.Resilience.Tests.Configuration;

/// <summary><c>Api:Schedule</c> from configuration (environment variables under <c>bcf serve</c>): the fault tests run a
/// cycle on a clock of seconds through it.</summary>
public sealed class ScheduleConfigurationTests
{
    static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Read_WithoutSection_IsNull() =>
        Assert.Null(ScheduleConfiguration.Read(Settings(("Api:MaxUploadBytes", "1000"))));

    [Fact]
    public void Read_WithOffsetsAndGrace_ReplacesThemAndKeepsOtherDefaults()
    {
        var schedule = ScheduleConfiguration.Read(Settings(
            ("Api:Schedule:ReminderOffsets:1", "00:00:05"),
            ("Api:Schedule:ReminderOffsets:0", "-00:00:02"),
            ("Api:Schedule:GracePeriod", "00:00:03")))!;

        Assert.Equal([TimeSpan.FromSeconds(-2), TimeSpan.FromSeconds(5)], schedule.ReminderOffsets);
        Assert.Equal(TimeSpan.FromSeconds(3), schedule.GracePeriod);
        Assert.Equal(CycleScheduleOptions.Default.SignOffReminderInterval, schedule.SignOffReminderInterval);
        Assert.Equal(CycleScheduleOptions.Default.SendBackAllowance, schedule.SendBackAllowance);
    }

    [Fact]
    public void Read_WithAValueThatIsNotATimeSpan_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<FormatException>(() => ScheduleConfiguration.Read(Settings(("Api:Schedule:GracePeriod", "soon"))));
        Assert.Contains("Api:Schedule:GracePeriod", error.Message, StringComparison.Ordinal);
    }
}
