using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Events;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Orchestrations.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static BcfWorkflow.Testing.TestPlan;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>What a contributor orchestration tells its cycle, and how the cycle shows it.</summary>
public sealed class ContributorUpdateTests : IAsyncLifetime
{
    /// <summary>Stands in for a cycle: completes with the first <see cref="ContributorUpdated"/> it receives.</summary>
    private const string FirstUpdateProbe = nameof(FirstUpdateProbe);

    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);
    private CycleHarness harness = null!;

    public async Task InitializeAsync() => harness = await CycleHarness.StartAsync(registry =>
        registry.AddOrchestratorFunc<string, ContributorUpdated>(FirstUpdateProbe,
            (context, _) => context.WaitForExternalEvent<ContributorUpdated>(EventNames.ContributorUpdated)));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ContributorOrchestrator_CurrentVersion_StartsQuietlySoTheFirstUpdateIsTheSubmission()
    {
        var first = await FirstUpdateAfterSubmissionAsync("probe-current", CycleInput.CurrentVersion);

        Assert.Equal((ContributorStates.Submitted, 1, 1), (first.Status.State, first.Status.Versions, first.LatestReturn?.Version));
        Assert.Equal(1, harness.Emails.Count(EmailOf(Blaby), EmailPurposes.Request));
    }

    [Fact]
    public async Task ContributorOrchestrator_Version1_StillSendsItsInitialStatusFirst()
    {
        var first = await FirstUpdateAfterSubmissionAsync("probe-v1", orchestrationVersion: 1);

        Assert.Equal((ContributorStates.Awaiting, 0, (int?)null), (first.Status.State, first.Status.Versions, first.LatestReturn?.Version));
        Assert.Equal(1, harness.Emails.Count(EmailOf(Blaby), EmailPurposes.Request));
    }

    [Fact]
    public async Task Cycle_BeforeAnyContributorReports_ShowsEveryContributorFromTheRoster()
    {
        var due = DateTimeOffset.UtcNow + Long;
        var opened = await harness.Service.OpenCycleAsync(Area, Year, "Q2", due, due, CycleHarness.Seconds([0, 120]));

        var status = await harness.WaitForStatusAsync(opened.CycleId!, s => s.Contributors.Count > 0, "the roster");

        Assert.Equal(CycleStages.Collecting, status.Stage);
        Assert.Equal(ContributorIds, status.Contributors.Select(c => c.Id));
        Assert.All(status.Contributors, c => Assert.Equal(ContributorStatus.Initial(c.Id, due), c));
    }

    [Fact]
    public async Task Cycle_SeveralUpdatesDeliveredTogether_ShowsTheLatestOfEach()
    {
        var cycleId = await harness.OpenAsync(Long, Long, CycleHarness.Seconds([0, 120]));
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Count > 0, "the roster");

        // Held while suspended, then delivered in one go on resume.
        await harness.Client.SuspendInstanceAsync(cycleId);
        foreach (var (id, reminders) in new[] { (Blaby, 1), (Charnwood, 1), (Blaby, 2), (Blaby, 3) })
        {
            var status = new ContributorStatus(id, ContributorStates.Late, 0, null, reminders, DateTimeOffset.UtcNow);
            await harness.Client.RaiseEventAsync(cycleId, EventNames.ContributorUpdated, new ContributorUpdated(id, status, null));
        }
        await harness.Client.ResumeInstanceAsync(cycleId);

        var shown = await harness.WaitForStatusAsync(cycleId,
            s => s.Contributors.Single(c => c.Id == Blaby).RemindersSent == 3 && s.Contributors.Single(c => c.Id == Charnwood).RemindersSent == 1,
            "the last update of each contributor");
        Assert.Equal([ContributorStates.Late, ContributorStates.Late, ContributorStates.Awaiting], shown.Contributors.Select(c => c.State));
        Assert.Equal(CycleStages.Collecting, shown.Stage);
    }

    /// <summary>Runs a contributor orchestration whose "cycle" is the probe, submits version 1 once it runs, waits until
    /// the child shows it, and returns the first update the probe received.</summary>
    private async Task<ContributorUpdated> FirstUpdateAfterSubmissionAsync(string probeId, int orchestrationVersion)
    {
        var due = DateTimeOffset.UtcNow + Long;
        var contributor = new RosterContributor(Blaby, "Blaby District Council", EmailOf(Blaby), []);
        var input = new ContributorInput(probeId, Area, Year, "Q2", contributor, "BCF Lead", LeadEmail,
            CycleSchedule.From(due, due, CycleHarness.Seconds([0, 120])), orchestrationVersion);
        var childId = CycleIds.Contributor(probeId, Blaby);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await harness.Client.ScheduleNewOrchestrationInstanceAsync(FirstUpdateProbe, "probe", new StartOrchestrationOptions(probeId), timeout.Token);
        await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ContributorOrchestrator), input, new StartOrchestrationOptions(childId), timeout.Token);
        await harness.Client.WaitForInstanceStartAsync(childId, timeout.Token);
        await harness.Client.RaiseEventAsync(childId, EventNames.ReturnSubmitted,
            new ReturnSubmitted(new ReturnRef(probeId, Blaby, 1, "csv"), "user@blaby", DateTimeOffset.UtcNow), timeout.Token);

        var probe = await harness.Client.WaitForInstanceCompletionAsync(probeId, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, probe.RuntimeStatus);

        // Past the submission, the child is past its start and whatever it sends there.
        while ((await harness.Client.GetInstanceAsync(childId, getInputsAndOutputs: true, timeout.Token))?.ReadCustomStatusAs<ContributorStatus>()?.State
            != ContributorStates.Submitted)
        {
            await Task.Delay(50, timeout.Token);
        }
        return probe.ReadOutputAs<ContributorUpdated>()!;
    }
}
