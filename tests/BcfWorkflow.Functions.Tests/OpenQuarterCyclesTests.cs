using BcfWorkflow.Functions.Cycles;
using BcfWorkflow.Functions.Hosting;
using BcfWorkflow.Functions.Tests.Support;
using BcfWorkflow.Functions.Timers;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Tests;

public sealed class OpenQuarterCyclesTests
{
    [Theory]
    [InlineData("2024-07-01T06:00:00Z", "2024-25", "Q1", "2024-07-01")]
    [InlineData("2024-09-30T23:59:59Z", "2024-25", "Q1", "2024-07-01")]
    [InlineData("2024-10-01T06:00:00Z", "2024-25", "Q2", "2024-10-01")]
    [InlineData("2025-01-01T06:00:00Z", "2024-25", "Q3", "2025-01-01")]
    [InlineData("2025-04-01T06:00:00Z", "2024-25", "Q4", "2025-04-01")]
    [InlineData("2025-05-15T12:00:00Z", "2024-25", "Q4", "2025-04-01")]
    [InlineData("2026-02-10T00:00:00Z", "2025-26", "Q3", "2026-01-01")]
    public void LastEndedAt_Instant_IsTheQuarterJustEnded(string now, string year, string quarter, string endsAt)
    {
        var ended = FinancialQuarter.LastEndedAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new FinancialQuarter(year, quarter, DateTimeOffset.Parse(endsAt + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), ended);
    }

    [Fact]
    public void DefaultSchedule_IsSixOnTheFirstDayOfEachQuarter()
    {
        Assert.Equal("0 0 6 1 1,4,7,10 *", OpenQuarterCycles.DefaultSchedule);
    }

    [Fact]
    public async Task Run_Twice_OpensEachPlannedAreaOnceWithDueDatesFromConfig()
    {
        var quarter = FinancialQuarter.LastEndedAt(DateTimeOffset.UtcNow);
        await using var harness = await FunctionsHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Cycles:ContributorsDueAfter"] = "400.00:00:00",
            ["Cycles:SubmissionDueAfter"] = "410.00:00:00",
        }, "testshire", "nowhere");
        await harness.Plans.SaveAsync(TestPlan.Create() with { Year = quarter.Year });
        var expectedId = CycleIds.Cycle(TestPlan.Area, quarter.Year, quarter.Quarter);

        await OpenQuarterCycles.Run(new TimerInfo(), harness.Client, harness.Context());
        var second = await OpenerAsync(harness).OpenLastEndedQuarterAsync();

        var cycle = await harness.Client.GetInstanceAsync(expectedId, getInputsAndOutputs: true);
        Assert.NotNull(cycle);
        Assert.Equal(quarter.EndsAt.AddDays(400), cycle.ReadInputAs<CycleInput>()!.Schedule.ContributorsDue);
        Assert.Equal(quarter.EndsAt.AddDays(410), cycle.ReadInputAs<CycleInput>()!.Schedule.SubmissionDue);
        Assert.Equal(
            [("testshire", OpenCycleStatus.AlreadyExists), ("nowhere", OpenCycleStatus.PlanNotFound)],
            second.Select(o => (o.Area, o.Status)));
    }

    [Fact]
    public async Task Run_ConfiguredAreas_OpensOnlyThose()
    {
        var quarter = FinancialQuarter.LastEndedAt(DateTimeOffset.UtcNow);
        await using var harness = await FunctionsHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Cycles:Areas:0"] = "Elsewhere",
            ["Cycles:ContributorsDueAfter"] = "400.00:00:00",
            ["Cycles:SubmissionDueAfter"] = "410.00:00:00",
        }, "testshire");
        await harness.Plans.SaveAsync(TestPlan.Create() with { Year = quarter.Year });

        var openings = await OpenerAsync(harness).OpenLastEndedQuarterAsync();

        Assert.Equal([("Elsewhere", OpenCycleStatus.PlanNotFound)], openings.Select(o => (o.Area, o.Status)));
        Assert.Null(await harness.Client.GetInstanceAsync(CycleIds.Cycle(TestPlan.Area, quarter.Year, quarter.Quarter)));
    }

    private static QuarterCycleOpener OpenerAsync(FunctionsHarness harness) =>
        harness.Services.GetRequiredService<TriggerFactory>().QuarterOpener(harness.Client);
}
