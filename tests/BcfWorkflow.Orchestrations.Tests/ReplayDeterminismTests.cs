using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Tests.Emails;
using BcfWorkflow.Orchestrations.Tests.Support;
using BcfWorkflow.Testing;
using static BcfWorkflow.Testing.TestPlan;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>Replay determinism, as far as the in-process host allows.</summary>
/// <remarks>The out-of-process worker keeps no orchestration in memory: every episode (each timer, event or activity
/// result) re-runs the orchestrator from the start over the recorded history, and DurableTask.Core fails the instance
/// when the replayed code schedules something other than what the history holds. A cycle that goes through many
/// episodes and completes with the expected output and side effects has therefore been replayed many times.
/// Replaying a stored history offline (GrpcOrchestrationRunner.LoadAndRun) needs the history, which this host cannot
/// return: its history stream is empty, InMemoryOrchestrationService.GetOrchestrationHistoryAsync throws
/// NotImplementedException, and its store keeps only the base fields of each event.</remarks>
public sealed class ReplayDeterminismTests : IAsyncLifetime
{
    private CycleHarness harness = null!;

    public async Task InitializeAsync() => harness = await CycleHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Cycle_ManyEpisodesOfReplay_CompletesWithTheSameDecisionsAndNoDuplicateEffects()
    {
        var options = CycleHarness.Seconds([0, 1], grace: 2, signOffInterval: 0.5);
        var cycleId = await harness.OpenAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3.5), options);
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Count == 3 && s.Contributors.All(c => c.Escalated), "every contributor escalated");
        await harness.Service.CloseCollectionAsync(cycleId, "BCF Lead");
        var reminded = await harness.WaitForStatusAsync(cycleId, s => s.SignOffRemindersSent >= 2, "two sign-off reminders");
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal((1, 1), (result.TemplateVersion, result.SignOffRounds));
        // A timer that fires after several offsets have passed sends one reminder for them, and a reminder whose time had
        // passed when the workflow started is skipped, so 0 to 2 (the exact rules: ContributorDeadlinesTests).
        Assert.All(result.Contributors, c => Assert.Equal((ContributorStates.Late, true), (c.State, c.Escalated)));
        Assert.All(result.Contributors, c => Assert.InRange(c.RemindersSent, 0, 2));
        Assert.All(result.Contributors, c => Assert.Equal(c.RemindersSent, harness.Emails.Count(EmailOf(c.Id), EmailPurposes.Reminder)));
        Assert.Equal(3, harness.Emails.Count(LeadEmail, EmailPurposes.Escalation));
        Assert.InRange(harness.Emails.Count(LeadEmail, EmailPurposes.SignOffReminder), reminded.SignOffRemindersSent, reminded.SignOffRemindersSent + 1);
        Assert.Equal(harness.Emails.Sent.Count, harness.Emails.Sent.Select(m => m.MessageId).Distinct().Count());
        Assert.All(harness.Emails.Sent, m => EmailAssert.ReadsAsALetter(m, cycleId, ContributorIds,
            m.To == LeadEmail ? EmailLinks.LeadPage : EmailLinks.ContributorPage, TestLinks.BaseUrl));
        Assert.Equal(1, harness.Templates.Writes);
        var audit = await harness.Audit.ReadAsync(cycleId);
        Assert.Equal(audit.Count, audit.Select(e => e.Id).Distinct().Count());
        Assert.Equal(["cycle-opened", "collection-closed", "sign-off-requested", "approved", "template-written"], audit.Select(e => e.Action));
    }
}
