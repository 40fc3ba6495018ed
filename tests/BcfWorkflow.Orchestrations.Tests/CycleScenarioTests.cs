using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Tests.Emails;
using BcfWorkflow.Orchestrations.Tests.Support;
using BcfWorkflow.Testing;
using static BcfWorkflow.Testing.TestPlan;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>Whole cycles on the in-process Durable Task host, schedules in seconds.</summary>
public sealed class CycleScenarioTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);
    private CycleHarness harness = null!;

    public async Task InitializeAsync() => harness = await CycleHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static CycleScheduleOptions Quiet => CycleHarness.Seconds([0, 120]);

    [Fact]
    public async Task Cycle_AllContributorsOnTime_CompletesWithOneTemplateAndNoReminders()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        Assert.Equal("testshire-2024-25-q2", cycleId);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);

        var decided = await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(LeadActionStatus.Accepted, decided.Status);
        Assert.Equal((1, 1, "BCF Lead"), (result.TemplateVersion, result.SignOffRounds, result.ApprovedBy));
        Assert.Equal(850_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
        Assert.All(result.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1, 0), (c.State, c.Versions, c.RemindersSent)));
        foreach (var id in ContributorIds)
        {
            Assert.Equal(1, harness.Emails.Count(EmailOf(id), EmailPurposes.Request));
            Assert.Equal(1, harness.Emails.Count(EmailOf(id), EmailPurposes.Final));
            Assert.Equal(2, harness.Emails.To(EmailOf(id)).Count);
        }
        Assert.Equal([EmailPurposes.SignOffRequest, EmailPurposes.Final], harness.Emails.To(LeadEmail).Select(m => m.Purpose));
        AssertEveryMessageSentOnce();
        AssertEveryEmailReadsAsALetter(cycleId);
        Assert.Equal([1], harness.Templates.Versions(cycleId));
        Assert.Equal(1, harness.Templates.Writes);
        Assert.NotNull(await harness.Templates.OpenLatestAsync(cycleId, "xlsx"));
        var actions = (await harness.Audit.ReadAsync(cycleId)).Select(e => e.Action).ToList();
        Assert.Equal(3, actions.Count(a => a == "return-submitted"));
        Assert.Subset(actions.ToHashSet(), new HashSet<string> { "cycle-opened", "sign-off-requested", "approved", "template-written", "return-submitted" });
        Assert.Equal(SubmitReturnStatus.Closed, (await harness.Service.SubmitReturnAsync(cycleId, Blaby, "late.csv", Return(Blaby, 1), "x")).Status);
    }

    [Fact]
    public async Task Cycle_StaleUpdateDeliveredAgainAfterANewerOne_DoesNotTakeTheStatusBack()
    {
        // The backend delivers a message at least once: a child's update for version 1 can arrive again after version 2's.
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        var v1 = await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Blaby, 120_000);
        await WaitForAppliedAsync(cycleId, s => s.Contributors.Any(c => c.Id == Blaby && c.Versions == 2));

        var stale = new ContributorStatus(Blaby, ContributorStates.Submitted, 1, 1, 0, null);
        await harness.Client.RaiseEventAsync(cycleId, Events.EventNames.ContributorUpdated, new Events.ContributorUpdated(Blaby, stale, v1.Ref));
        await harness.SubmitAsync(cycleId, Charnwood, 50_000); // its update is applied after the stale one

        var applied = await WaitForAppliedAsync(cycleId, s => s.Contributors.Any(c => c.Id == Charnwood && c.Versions == 1));
        Assert.Equal(2, applied.Contributors.Single(c => c.Id == Blaby).Versions);
    }

    [Fact]
    public async Task Cycle_ApprovalWithANewerVersionStoredButNotYetApplied_IsSupersededAndTheNextRoundHasIt()
    {
        // The race between an upload and an approval: blaby's version 2 is in the store (its 202 sent) but its event has
        // not reached the cycle when the lead approves round 1, which holds version 1.
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);
        await harness.Returns.SaveVersionAsync(cycleId, Blaby, "csv", Return(Blaby, 120_000), "officer@blaby", DateTimeOffset.UtcNow);

        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var round2 = await harness.WaitForSignOffAsync(cycleId, round: 2);

        Assert.Equal(0, harness.Templates.Writes);
        Assert.Equal(2, round2.Contributors.Single(c => c.Id == Blaby).LatestVersion);
        Assert.Contains(await harness.Audit.ReadAsync(cycleId), e => e.Action == AuditActions.ApprovalSuperseded);
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);
        Assert.Equal((1, 2), (result.TemplateVersion, result.SignOffRounds));
        Assert.Equal(870_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
        Assert.Equal(2, harness.Emails.Count(LeadEmail, EmailPurposes.SignOffRequest));
    }

    [Fact]
    public async Task Contributor_VersionStoredButItsEventLost_CountsAtTheDeadlineWithNoLateMarkOrReminder()
    {
        // A crash between storing and raising the event: the versions are in the store only. The cycle is opened with its
        // due date already past, so each contributor's first deadline arrives at once (no timer to wait for).
        var cycleId = "testshire-2024-25-q2";
        foreach (var id in ContributorIds)
        {
            await harness.Returns.SaveVersionAsync(cycleId, id, "csv", Return(id, 10_000), "officer", DateTimeOffset.UtcNow);
        }
        Assert.Equal(cycleId, await harness.OpenAsync(TimeSpan.FromHours(-1), Long, CycleHarness.Seconds([0], grace: 86_400)));

        var signOff = await harness.WaitForSignOffAsync(cycleId, round: 1);

        Assert.All(signOff.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1, 0, false), (c.State, c.LatestVersion ?? 0, c.RemindersSent, c.Escalated)));
        Assert.All(ContributorIds, id => Assert.Equal(0, harness.Emails.Count(EmailOf(id), EmailPurposes.Reminder)));
        Assert.Equal(0, harness.Emails.Count(LeadEmail, EmailPurposes.Escalation));
    }

    [Fact]
    public async Task Cycle_SubmittedUpdateDeliveredAgainAfterASendBack_DoesNotCloseCollection()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("sendBack", [Blaby], "Scheme 2 is missing its comment"), "BCF Lead");
        var sentBack = await WaitForAppliedAsync(cycleId, s => s.Stage == CycleStages.Collecting && s.Contributors.Any(c => c.Id == Blaby && c.State == ContributorStates.SentBack));

        // blaby's first update ("submitted", version 1) delivered again, as the backend may.
        var submitted = new ContributorStatus(Blaby, ContributorStates.Submitted, 1, 1, 0, null);
        var v1 = (await harness.Returns.ListVersionsAsync(cycleId, Blaby))[0].Ref;
        await harness.Client.RaiseEventAsync(cycleId, Events.EventNames.ContributorUpdated, new Events.ContributorUpdated(Blaby, submitted, v1, Sequence: 1));
        await harness.SubmitAsync(cycleId, Charnwood, 55_000); // applied after the stale one

        var applied = await WaitForAppliedAsync(cycleId, s => s.Contributors.Any(c => c.Id == Charnwood && c.Versions == 2));
        Assert.Equal((CycleStages.Collecting, ContributorStates.SentBack), (applied.Stage, applied.Contributors.Single(c => c.Id == Blaby).State));
        Assert.Equal(1, sentBack.SignOffRound);
    }

    /// <summary>The cycle's own status (what its orchestration applied), not the store-merged view.</summary>
    private async Task<CycleStatus> WaitForAppliedAsync(string cycleId, Func<CycleStatus, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var instance = await harness.Client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, timeout.Token);
            if (instance?.SerializedCustomStatus is not null && instance.ReadCustomStatusAs<CycleStatus>() is { } status && condition(status))
            {
                return status;
            }
            await Task.Delay(50, timeout.Token);
        }
    }

    [Fact]
    public async Task Cycle_ContributorLate_IsRemindedThenEscalatedToTheLead()
    {
        var options = CycleHarness.Seconds([-1, 0, 1], grace: 2);
        var cycleId = await harness.OpenAsync(TimeSpan.FromSeconds(3), Long, options);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);

        // How many reminders go depends on when the county's workflow starts (one whose time has passed is skipped): the
        // exact rules are ContributorDeadlinesTests', on chosen times. Here: the wiring, whatever the machine's pace.
        var late = await harness.WaitForStatusAsync(cycleId,
            s => s.Contributors.Any(c => c.Id == County && c.Escalated), "the county escalated");
        var county = late.Contributors.Single(c => c.Id == County);
        Assert.Equal(ContributorStates.Late, county.State);
        Assert.InRange(county.RemindersSent, 0, 3);
        Assert.Equal(county.RemindersSent > 0, county.LastReminderAt is not null);

        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(county.RemindersSent, harness.Emails.Count(EmailOf(County), EmailPurposes.Reminder));
        Assert.Equal(0, harness.Emails.Count(EmailOf(Blaby), EmailPurposes.Reminder) + harness.Emails.Count(EmailOf(Charnwood), EmailPurposes.Reminder));
        var escalation = Assert.Single(harness.Emails.To(LeadEmail), m => m.Purpose == EmailPurposes.Escalation);
        Assert.Contains("Testshire County Council", escalation.Subject, StringComparison.Ordinal);
        Assert.Equal(county.RemindersSent, result.Contributors.Single(c => c.Id == County).RemindersSent);
        AssertEveryMessageSentOnce();
    }

    [Fact]
    public async Task Cycle_ResubmissionDuringSignOff_ReaggregatesAndUsesTheLatestVersion()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);

        var second = await harness.SubmitAsync(cycleId, Blaby, 250_000);
        await harness.WaitForSignOffAsync(cycleId, round: 2);
        var stale = await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(2, second.Ref.Version);
        Assert.Equal(2, stale.Round);
        Assert.Equal(1_000_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
        Assert.Equal(300_000m, result.RunningBalances.Single(b => b.Source == "DFG").ExpenditureToDate);
        Assert.Equal([1, 2], (await harness.Returns.ListVersionsAsync(cycleId, Blaby)).Select(v => v.Ref.Version));
        Assert.Equal(2, result.Contributors.Single(c => c.Id == Blaby).LatestVersion);
        Assert.Equal(2, harness.Emails.Count(LeadEmail, EmailPurposes.SignOffRequest));
        Assert.Equal(1, harness.Templates.Writes);
    }

    [Fact]
    public async Task Cycle_BurstOfResubmissionsDuringSignOff_SettlesIntoOneNewRoundAndIgnoresTheStaleDecision()
    {
        var options = Quiet with { ResubmissionSettle = TimeSpan.FromSeconds(2) };
        var cycleId = await harness.OpenAsync(Long, Long, options);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);

        await harness.SubmitAsync(cycleId, Blaby, 200_000);
        await harness.SubmitAsync(cycleId, Charnwood, 60_000);
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Single(c => c.Id == Charnwood).LatestVersion == 2, "both versions applied");
        var onStaleFigures = await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        await harness.SubmitAsync(cycleId, Blaby, 250_000);
        await harness.WaitForSignOffAsync(cycleId, round: 2);
        var decided = await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal((1, 2), (onStaleFigures.Round, decided.Round));
        Assert.Equal(2, result.SignOffRounds);
        Assert.Equal(1_010_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
        Assert.Equal(2, harness.Emails.Count(LeadEmail, EmailPurposes.SignOffRequest));
        Assert.Equal(1, harness.Templates.Writes);
    }

    [Fact]
    public async Task Cycle_LeadClosesCollectionEarly_AggregatesWhatIsInAndWarnsOfTheMissing()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Count(c => c.State == ContributorStates.Submitted) == 2, "two submitted");

        var closed = await harness.Service.CloseCollectionAsync(cycleId, "BCF Lead");
        var signOff = await harness.WaitForSignOffAsync(cycleId, round: 1);
        var closeAgain = await harness.Service.CloseCollectionAsync(cycleId, "BCF Lead");
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(LeadActionStatus.Accepted, closed.Status);
        Assert.Equal(LeadActionStatus.WrongStage, closeAgain.Status);
        Assert.Contains(signOff.Warnings, w => w.StartsWith("Testshire County Council has not returned its rows: ", StringComparison.Ordinal));
        // Its blank cells are that one warning, not one more per column.
        Assert.DoesNotContain(signOff.Warnings, w => w.StartsWith("'Expenditure to date", StringComparison.Ordinal) || w.StartsWith("'Outputs delivered", StringComparison.Ordinal));
        Assert.Equal(signOff.Warnings.Distinct().Count(), signOff.Warnings.Count);
        var summary = Assert.Single(harness.Emails.To(LeadEmail), m => m.Purpose == EmailPurposes.SignOffRequest);
        Assert.Contains($"Warnings ({signOff.Warnings.Count})", summary.TextBody, StringComparison.Ordinal);
        Assert.All(signOff.Warnings, w => Assert.Single(summary.TextBody.Split('\n'), line => line == $"- {w}"));
        Assert.Contains("- Testshire County Council: not received\n", summary.TextBody, StringComparison.Ordinal);
        Assert.Equal(150_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
        Assert.Equal(ContributorStates.Awaiting, result.Contributors.Single(c => c.Id == County).State);
        Assert.Contains(await harness.Audit.ReadAsync(cycleId), e => e.Action == "collection-closed" && e.Actor == "BCF Lead");
        // Only those who sent a return are thanked; the county is told its rows are blank.
        var countyFinal = Assert.Single(harness.Emails.To(EmailOf(County)), m => m.Purpose == EmailPurposes.Final);
        Assert.Contains("approved without a return from you", countyFinal.TextBody, StringComparison.Ordinal);
        Assert.Contains("Thank you for your return.", Assert.Single(harness.Emails.To(EmailOf(Blaby)), m => m.Purpose == EmailPurposes.Final).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contributor_RemindNow_SendsOneReminderAtOnceAndNoneToAContributorThatHasSent()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);

        var county = await harness.Service.RemindAsync(cycleId, County, "BCF Lead");
        var reminded = await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Single(c => c.Id == County).RemindersSent == 1, "county reminded");
        var again = await harness.Service.RemindAsync(cycleId, County, "BCF Lead"); // a double click: within the gap
        var blaby = await harness.Service.RemindAsync(cycleId, Blaby, "BCF Lead");
        // The county's events are applied in order: once its return shows, the second request has been handled.
        await harness.SubmitAsync(cycleId, County, 700_000);
        var after = await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Single(c => c.Id == County).State == ContributorStates.Submitted, "county submitted");

        Assert.Equal((LeadActionStatus.Accepted, LeadActionStatus.Accepted, LeadActionStatus.WrongStage), (county.Status, again.Status, blaby.Status));
        Assert.Contains("has sent its return", blaby.Problem, StringComparison.Ordinal);
        Assert.NotNull(reminded.Contributors.Single(c => c.Id == County).LastReminderAt);
        Assert.Equal(1, after.Contributors.Single(c => c.Id == County).RemindersSent);
        Assert.Equal(1, harness.Emails.Count(EmailOf(County), EmailPurposes.Reminder));
        Assert.Equal(0, harness.Emails.Count(EmailOf(Blaby), EmailPurposes.Reminder));
    }

    [Fact]
    public async Task Cycle_SendBackAfterAnEarlyClose_ResubmissionComesBackToSignOffWithoutClosingAgain()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Count(c => c.State == ContributorStates.Submitted) == 2, "two submitted");
        await harness.Service.CloseCollectionAsync(cycleId, "BCF Lead");
        var first = await harness.WaitForSignOffAsync(cycleId, round: 1);

        await harness.Service.DecideAsync(cycleId, new SignOffDecision("sendBack", [Blaby], "Scheme 2 needs a comment"), "BCF Lead");
        var reopened = await harness.WaitForStatusAsync(cycleId,
            s => s.Stage == CycleStages.Collecting && s.Contributors.Single(c => c.Id == Blaby).State == ContributorStates.SentBack, "blaby sent back");
        await harness.SubmitAsync(cycleId, Blaby, 110_000);
        var second = await harness.WaitForSignOffAsync(cycleId, round: 2);
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        // The send-back allowance (30 s here) is shorter than the time to the original due date, which is kept.
        Assert.Equal(first.Contributors.Single(c => c.Id == Blaby).Due, reopened.Contributors.Single(c => c.Id == Blaby).Due);
        Assert.Equal(ContributorStates.Awaiting, second.Contributors.Single(c => c.Id == County).State);
        Assert.Equal((2, 160_000m), (result.SignOffRounds, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate));
        Assert.Single(await harness.Audit.ReadAsync(cycleId), e => e.Action == "collection-closed");
    }

    [Fact]
    public async Task Cycle_SendBackThenResubmission_ComesBackToSignOffAndApproves()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 5);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);

        var sentBack = await harness.Service.DecideAsync(cycleId,
            new SignOffDecision("sendBack", [Charnwood, "not-a-contributor"], "Spend to date looks wrong"), "BCF Lead");
        var reopened = await harness.WaitForStatusAsync(cycleId,
            s => s.Stage == CycleStages.Collecting && s.Contributors.Single(c => c.Id == Charnwood).State == ContributorStates.SentBack, "charnwood sent back");
        var approveTooEarly = await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.WaitForSignOffAsync(cycleId, round: 2);
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (metadata, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(LeadActionStatus.Accepted, sentBack.Status);
        Assert.Equal(LeadActionStatus.WrongStage, approveTooEarly.Status);
        Assert.Equal(ContributorStates.Submitted, reopened.Contributors.Single(c => c.Id == Blaby).State);
        // The reason is in the status, for the contributor's page; only on the contributor sent back.
        Assert.Equal("Spend to date looks wrong", reopened.Contributors.Single(c => c.Id == Charnwood).SentBackReason);
        Assert.Null(reopened.Contributors.Single(c => c.Id == Blaby).SentBackReason);
        var final = metadata.ReadCustomStatusAs<CycleStatus>()!;
        Assert.Equal("Spend to date looks wrong", final.Contributors.Single(c => c.Id == Charnwood).SentBackReason);
        Assert.NotNull(final.ApprovedAt);
        var email = Assert.Single(harness.Emails.To(EmailOf(Charnwood)), m => m.Purpose == EmailPurposes.SentBack);
        Assert.Contains("> Spend to date looks wrong\n", email.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Dear Charnwood Borough Council,", email.TextBody, StringComparison.Ordinal);
        AssertEveryEmailReadsAsALetter(cycleId);
        Assert.Equal(0, harness.Emails.Count(EmailOf(Blaby), EmailPurposes.SentBack));
        Assert.Equal((2, 850_000m), (result.SignOffRounds, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate));
        Assert.Equal(2, harness.Emails.Count(LeadEmail, EmailPurposes.SignOffRequest));
        Assert.Contains(await harness.Audit.ReadAsync(cycleId), e => e.Action == "sent-back" && e.Detail.Contains(Charnwood, StringComparison.Ordinal));
        AssertEveryMessageSentOnce();
    }

    [Fact]
    public async Task Cycle_NoSignOffDecision_RemindsTheLeadRepeatedlyUntilApproved()
    {
        var options = CycleHarness.Seconds([120], grace: 240, signOffInterval: 1);
        var cycleId = await harness.OpenAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), options);
        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);

        var reminded = await harness.WaitForStatusAsync(cycleId, s => s.Stage == CycleStages.AwaitingSignOff && s.SignOffRemindersSent >= 2, "two sign-off reminders");
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        await harness.WaitForCompletionAsync(cycleId);

        var reminders = harness.Emails.Count(LeadEmail, EmailPurposes.SignOffReminder);
        Assert.InRange(reminders, reminded.SignOffRemindersSent, reminded.SignOffRemindersSent + 1);
        Assert.Equal(1, harness.Emails.Count(LeadEmail, EmailPurposes.SignOffRequest));
        AssertEveryMessageSentOnce();
    }

    [Fact]
    public async Task Cycle_SubmissionBeforeTheContributorWaits_IsBufferedAndCounted()
    {
        harness.Emails.HoldRequests();
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.WaitForStatusAsync(cycleId, _ => harness.Emails.RequestsHeld == 3, "the three request emails in flight");

        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        var beforeRelease = await harness.Service.GetStatusAsync(cycleId);
        harness.Emails.ReleaseRequests();
        var signOff = await harness.WaitForSignOffAsync(cycleId, round: 1);

        Assert.Equal(CycleStages.Collecting, beforeRelease!.Stage);
        Assert.All(signOff.Contributors, c => Assert.Equal((ContributorStates.Submitted, 1), (c.State, c.LatestVersion)));
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);
        Assert.Equal(850_000m, result.RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate);
    }

    [Fact]
    public async Task Cycle_SubmissionOrSendBackForAContributorNotInTheCycle_ChangesNothing()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        await harness.WaitForStatusAsync(cycleId, s => s.Contributors.Count == 3, "the roster");

        var stranger = await harness.Service.SubmitReturnAsync(cycleId, "leicester-city", "x.csv", Return(Blaby, 1), "someone");
        var unknownCycle = await harness.Service.SubmitReturnAsync("nowhere-2024-25-q2", Blaby, "x.csv", Return(Blaby, 1), "someone");

        Assert.Equal((SubmitReturnStatus.NotFound, SubmitReturnStatus.NotFound), (stranger.Status, unknownCycle.Status));
        Assert.Equal(0, harness.Returns.BlobCount);
        Assert.Null(await harness.Client.GetInstanceAsync(CycleIds.Contributor(cycleId, "leicester-city")));

        await harness.SubmitAsync(cycleId, Blaby, 100_000);
        await harness.SubmitAsync(cycleId, Charnwood, 50_000);
        await harness.SubmitAsync(cycleId, County, 700_000);
        await harness.WaitForSignOffAsync(cycleId, round: 1);
        var ignored = await harness.Service.DecideAsync(cycleId, new SignOffDecision("sendBack", ["leicester-city"], "not ours"), "BCF Lead");
        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead");
        var (_, result) = await harness.WaitForCompletionAsync(cycleId);

        Assert.Equal(LeadActionStatus.Accepted, ignored.Status);
        Assert.Equal(1, result.SignOffRounds);
        Assert.Equal(3, harness.Returns.BlobCount);
        Assert.DoesNotContain(harness.Emails.Sent, m => m.Purpose == EmailPurposes.SentBack);
    }

    [Fact]
    public async Task OpenCycle_SameCycleTwice_IsAConflict()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        var now = DateTimeOffset.UtcNow;

        var again = await harness.Service.OpenCycleAsync("TESTSHIRE", Year, "q2", now + Long, now + Long, Quiet);
        var noPlan = await harness.Service.OpenCycleAsync("Nowhere", Year, "Q2", now + Long, now + Long, Quiet);

        Assert.Equal((OpenCycleStatus.AlreadyExists, cycleId), (again.Status, again.CycleId));
        Assert.Equal(OpenCycleStatus.PlanNotFound, noPlan.Status);
    }

    [Fact]
    public async Task Cycle_ApprovedWithTheReportingWorkbookAttached_TellsTheLeadItIsAmongTheDownloads()
    {
        var cycleId = await harness.OpenAsync(Long, Long, Quiet);
        foreach (var id in ContributorIds)
        {
            await harness.SubmitAsync(cycleId, id, 100_000);
        }
        await harness.WaitForSignOffAsync(cycleId, round: 1);
        var attached = await harness.LeadAnswers.SaveWorkbookAsync(cycleId, BlankReportingWorkbook(), "BCF Q2 reporting template.xlsx", "BCF Lead", DateTimeOffset.UtcNow);

        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve", ConfirmIncomplete: true), "BCF Lead",
            basis: new ApprovalBasis(null, attached.Version));
        await harness.WaitForCompletionAsync(cycleId);

        var lead = Assert.Single(harness.Emails.To(LeadEmail), m => m.Purpose == EmailPurposes.Final);
        Assert.Contains("and NHS England's reporting workbook filled in.", lead.TextBody, StringComparison.Ordinal);
        Assert.All(ContributorIds, id => Assert.DoesNotContain("workbook", Assert.Single(harness.Emails.To(EmailOf(id)),
            m => m.Purpose == EmailPurposes.Final).TextBody, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(await harness.Templates.OpenLatestAsync(cycleId, TemplateFiles.ReportingWorkbook));
    }

    /// <summary>A blank reporting workbook for the test plan: the plan's own template with nothing returned, which has
    /// the national workbook's sheets, labels and scheme table.</summary>
    private static byte[] BlankReportingWorkbook()
    {
        var summary = BcfWorkflow.Domain.Aggregation.AreaAggregator.Aggregate(Create(), new BcfWorkflow.Domain.Model.Quarter(2), []);
        using var output = new MemoryStream();
        BcfWorkflow.Domain.Rendering.TemplateXlsxWriter.Write(summary, BcfWorkflow.Domain.Rendering.TemplateCover.Empty, output);
        return output.ToArray();
    }

    private void AssertEveryMessageSentOnce()
    {
        var duplicates = harness.Emails.Sent.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>Every email sent links to its page for the cycle and shows no route or id (<see cref="EmailAssert"/>).</summary>
    private void AssertEveryEmailReadsAsALetter(string cycleId)
    {
        Assert.NotEmpty(harness.Emails.Sent);
        Assert.All(harness.Emails.Sent, m => EmailAssert.ReadsAsALetter(m, cycleId, ContributorIds,
            m.To == LeadEmail ? EmailLinks.LeadPage : EmailLinks.ContributorPage, TestLinks.BaseUrl));
    }
}
