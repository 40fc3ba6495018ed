using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Demo;

/// <summary>Plays the lead and the contributors through one cycle over the HTTP API, following the cycle's status.</summary>
internal sealed class DemoScript(DemoApiClient api, DemoBoard board, DemoUsers users, DemoCast cast, TimeProvider clock)
{
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(400);
    static readonly TimeSpan BetweenUploads = TimeSpan.FromMilliseconds(700);

    DemoSamples Samples => board.Samples;

    /// <returns>The cycle id, once the cycle has completed.</returns>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var plan = Samples.Plan;
        await api.PostPlanAsync(users.LeadKey, Samples.PlanBytes, cancellationToken);
        board.Log("lead", $"posted the plan: {plan.Area} {plan.Year}, {plan.Contributors.Count} contributors, {plan.Schemes.Count} schemes");

        var opened = clock.GetUtcNow();
        var cycleId = await api.OpenCycleAsync(users.LeadKey, new OpenCycleRequest(plan.Area, plan.Year, "Q2",
            opened + DemoSchedule.ContributorsDueAfter, opened + DemoSchedule.SubmissionDueAfter), cancellationToken);
        board.CycleId = cycleId;
        board.OpenedAt = board.Elapsed;
        board.OpenedWallClock = opened;
        board.Log("lead", $"opened {cycleId}: returns due in {DemoSchedule.ContributorsDueAfter.TotalSeconds:0} s, " +
            $"national submission in {DemoSchedule.SubmissionDueAfter.TotalSeconds:0} s (a quarter in about a minute)");

        using var polling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poller = PollAsync(cycleId, polling.Token);
        try
        {
            await PlayAsync(cycleId, cancellationToken);
        }
        finally
        {
            await polling.CancelAsync();
            await poller;
        }
        board.Apply(await api.GetCycleAsync(users.LeadKey, cycleId, cancellationToken));
        return cycleId;
    }

    async Task PlayAsync(string cycleId, CancellationToken cancellationToken)
    {
        var plan = Samples.Plan;
        await WaitUntilAsync("every contributor has been asked for its return", v => v.Contributors.Count == plan.Contributors.Count, cancellationToken);

        foreach (var contributor in plan.Contributors.Where(c => c.Id != cast.Late))
        {
            await Task.Delay(BetweenUploads, cancellationToken);
            if (contributor.Id == cast.RejectedFirst)
            {
                await UploadAsync(cycleId, contributor.Id, cast.InvalidSample, Samples.Invalid(cast.InvalidSample), expectAccepted: false, cancellationToken);
                await Task.Delay(BetweenUploads * 2, cancellationToken);
            }
            await UploadAsync(cycleId, contributor.Id, contributor.Id + ".csv", Samples.Return(contributor.Id), expectAccepted: true, cancellationToken);
        }

        var late = Samples.NameOf(cast.Late);
        await WaitUntilAsync($"{late} reminded and escalated", v => Status(v, cast.Late) is { Escalated: true }, cancellationToken);
        await UploadAsync(cycleId, cast.Late, cast.Late + ".csv", Samples.Return(cast.Late), expectAccepted: true, cancellationToken);

        await WaitUntilAsync("sign-off round 1 with a reminder to the lead",
            v => v is { Stage: CycleStages.AwaitingSignOff, SignOffRound: 1, SignOffRemindersSent: >= 1 }, cancellationToken);
        var sentBack = Samples.NameOf(cast.SentBack);
        await api.DecideAsync(users.LeadKey, cycleId, new { decision = "sendBack", contributors = new[] { cast.SentBack }, reason = DemoCast.SendBackReason }, cancellationToken);
        board.Log("lead", $"sent {sentBack} back: \"{DemoCast.SendBackReason}\"");

        await WaitUntilAsync($"{sentBack} sent back", v => Status(v, cast.SentBack) is { State: ContributorStates.SentBack }, cancellationToken);
        await Task.Delay(BetweenUploads, cancellationToken);
        await UploadAsync(cycleId, cast.SentBack, cast.SentBack + ".csv", Samples.WithComment(cast.SentBack, DemoCast.CorrectedComment), expectAccepted: true, cancellationToken);

        await WaitUntilAsync("sign-off round 2", v => v is { Stage: CycleStages.AwaitingSignOff, SignOffRound: >= 2 }, cancellationToken);
        await Task.Delay(BetweenUploads, cancellationToken);
        await api.PutLeadAnswersAsync(users.LeadKey, cycleId, DemoLeadAnswers.For(plan, "Q2"), cancellationToken);
        board.Log("lead", "completed the cover, the national conditions and the metrics");
        await api.PutReportingWorkbookAsync(users.LeadKey, cycleId, DemoSamples.ReportingWorkbookName, Samples.ReportingWorkbook(), cancellationToken);
        board.Log("lead", "attached NHS England's blank reporting workbook, to be filled in on approval");
        // No confirmIncomplete: the demo's template must be complete, or approval is refused and the demo says why.
        await api.DecideAsync(users.LeadKey, cycleId, new { decision = "approve" }, cancellationToken);
        board.Log("lead", "approved the area return");
        await WaitUntilAsync("completed", v => v is { Stage: CycleStages.Completed, TemplateVersion: not null }, cancellationToken);
    }

    async Task UploadAsync(string cycleId, string contributorId, string fileName, byte[] file, bool expectAccepted, CancellationToken cancellationToken)
    {
        var who = Samples.NameOf(contributorId);
        var outcome = await api.PutReturnAsync(users.KeyOf(contributorId), cycleId, contributorId, fileName, file, cancellationToken);
        if (outcome.Accepted)
        {
            board.Log(who, $"uploaded {fileName}: accepted, stored as version {outcome.Version}");
        }
        else
        {
            board.Log(who, $"uploaded {fileName}: refused (HTTP {outcome.Status}), nothing stored:", outcome.Problems);
        }
        if (outcome.Accepted != expectAccepted)
        {
            throw new DemoFailedException($"{who}'s upload of {fileName} was {(outcome.Accepted ? "accepted" : "refused")}; expected the opposite. {string.Join(" ", outcome.Problems)}");
        }
    }

    async Task PollAsync(string cycleId, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                board.Apply(await api.GetCycleAsync(users.LeadKey, cycleId, cancellationToken));
                await Task.Delay(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or DemoFailedException)
            {
                // A slow moment of the local stack: try again shortly.
                await Task.Delay(PollInterval, CancellationToken.None);
            }
        }
    }

    async Task WaitUntilAsync(string what, Func<CycleView, bool> reached, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DemoSchedule.StepTimeout);
        try
        {
            while (board.Latest is not { } view || !reached(view))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DemoFailedException($"The cycle did not get to \"{what}\" within {DemoSchedule.StepTimeout.TotalSeconds:0} s " +
                $"(stage {board.Latest?.Stage ?? "unknown"}).");
        }
    }

    static ContributorStatus? Status(CycleView view, string contributorId) =>
        view.Contributors.FirstOrDefault(c => string.Equals(c.Id, contributorId, StringComparison.OrdinalIgnoreCase));
}
