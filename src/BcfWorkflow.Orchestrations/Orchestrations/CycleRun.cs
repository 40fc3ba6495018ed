using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Events;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Orchestrations.Orchestrations;

/// <summary>One execution of <see cref="QuarterlyCycleOrchestrator"/>.</summary>
/// <remarks>
/// <list type="number">
/// <item>Loads the roster from the plan and starts one <see cref="ContributorOrchestrator"/> per contributor.</item>
/// <item>Collection: applies <see cref="ContributorUpdated"/> events until every contributor has submitted or the
/// lead closes collection (<see cref="LeadClosedCollection"/> for the current round).</item>
/// <item>Sign-off round n: aggregates the latest versions, emails the lead the summary and warnings, then waits for
/// <see cref="SignOffDecided"/> for round n, racing a timer (at the submission due date, then every
/// <see cref="CycleSchedule.SignOffReminderInterval"/>) that reminds the lead. A new version arriving meanwhile starts
/// round n+1. A send-back reopens the named contributors and returns to collection.</item>
/// <item>Approval: writes template version 1, records the audit, emails everyone, finalises the children and returns.</item>
/// </list>
/// The custom status (<see cref="CycleStatus"/>) is set before the first await and after every change.
/// </remarks>
internal sealed class CycleRun(TaskOrchestrationContext context, CycleInput input)
{
    private const int MaxSteps = 2000;
    private const int TemplateVersion = 1;

    private readonly EventInbox inbox = new(context);
    private readonly List<string> order = [];
    private readonly Dictionary<string, ContributorStatus> contributors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReturnRef> latest = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> sequences = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> sentBack = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<AuditEntry> audit = [];
    private int auditFlushed;
    private CycleRoster roster = new("", "", []);
    private string stage = CycleStages.Collecting;
    private int round;
    private int signOffReminders;
    private int? templateVersion;
    private DateTimeOffset? approvedAt;
    private IReadOnlyList<string> warnings = [];

    private DateTimeOffset Now => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    public async Task<CycleResult> RunAsync()
    {
        PublishStatus();
        roster = await context.CallActivityAsync<CycleRoster>(nameof(LoadCycleRoster), input.Plan, ActivityRetry.Options);
        foreach (var c in roster.Contributors)
        {
            order.Add(c.Id);
            contributors[c.Id] = ContributorStatus.Initial(c.Id, input.Schedule.ContributorsDue);
        }
        PublishStatus();
        Audit("system", AuditActions.CycleOpened, $"{input.Area} {input.Year} {input.Quarter}, {order.Count} contributors, due {input.Schedule.ContributorsDue:O}");
        await FlushAuditAsync();

        var children = roster.Contributors.Select(c => context.CallSubOrchestratorAsync<ContributorResult>(
            nameof(ContributorOrchestrator),
            new ContributorInput(input.CycleId, input.Area, input.Year, input.Quarter, c, roster.LeadName, roster.LeadEmail, input.Schedule, input.OrchestrationVersion),
            new SubOrchestrationOptions { InstanceId = CycleIds.Contributor(input.CycleId, c.Id) })).ToList();

        var collect = true;
        for (var step = 0; step < MaxSteps; step++)
        {
            if (collect)
            {
                await CollectAsync();
            }
            collect = true;
            var (decision, outcome) = await SignOffAsync();
            if (decision.Decision == SignOffDecisions.Approve)
            {
                if (input.OrchestrationVersion >= CycleInput.StoreCheckVersion && await ApprovalSupersededAsync(decision))
                {
                    collect = false; // a new round with the newer versions; the lead is asked again
                    continue;
                }
                return await EmitAsync(decision, outcome, children);
            }
            await SendBackAsync(decision);
        }
        throw new InvalidOperationException($"{input.CycleId} went through {MaxSteps} sign-off rounds without approval.");
    }

    private async Task CollectAsync()
    {
        SetStage(CycleStages.Collecting);
        for (var step = 0; step < MaxSteps && !CollectionComplete(); step++)
        {
            var updated = inbox.Wait<ContributorUpdated>(EventNames.ContributorUpdated);
            var closed = inbox.Wait<LeadClosedCollection>(EventNames.LeadClosedCollection);
            var winner = await Task.WhenAny(updated, closed);
            if (winner == updated)
            {
                Apply(inbox.Take<ContributorUpdated>(EventNames.ContributorUpdated));
                continue;
            }
            var close = inbox.Take<LeadClosedCollection>(EventNames.LeadClosedCollection);
            if (close.SignOffRound == round)
            {
                Audit(close.ClosedBy, AuditActions.CollectionClosed, $"closed early with {contributors.Values.Count(c => c.State == ContributorStates.Submitted)} of {order.Count} submitted");
                return;
            }
            context.CreateReplaySafeLogger<QuarterlyCycleOrchestrator>().LogInformation("Ignored a close of collection for round {Round} in round {Current}", close.SignOffRound, round);
        }
    }

    private async Task<(SignOffDecided Decision, AggregationOutcome Outcome)> SignOffAsync()
    {
        for (var roundStep = 0; roundStep < MaxSteps; roundStep++)
        {
            round++;
            SetStage(CycleStages.Aggregating);
            if (input.OrchestrationVersion >= CycleInput.StoreCheckVersion)
            {
                await TakeUnappliedReturnsAsync();
            }
            var outcome = await context.CallActivityAsync<AggregationOutcome>(nameof(AggregateAreaReturn),
                new AggregationInput(input.CycleId, input.Plan, input.Quarter, LatestReturns()), ActivityRetry.Options);
            warnings = outcome.Warnings;
            SetStage(CycleStages.AwaitingSignOff);
            await SendAsync(CycleEmails.SignOffRequest(input, roster, outcome, Statuses(), round, Now));
            Audit("system", AuditActions.SignOffRequested, $"round {round}: {LatestReturns().Count} returns, {warnings.Count} warnings");
            await FlushAuditAsync();

            var nextReminder = input.Schedule.SubmissionDue > Now ? input.Schedule.SubmissionDue : Now + input.Schedule.SignOffReminderInterval;
            var decision = await AwaitDecisionAsync(nextReminder);
            if (decision is not null)
            {
                return (decision, outcome);
            }
        }
        throw new InvalidOperationException($"{input.CycleId} re-aggregated {MaxSteps} times without a decision.");
    }

    /// <summary>The decision for this round, or null when new versions arrived and the round must be re-run. New
    /// versions are gathered until none has come for <see cref="CycleSchedule.ResubmissionSettle"/>, so a burst of
    /// resubmissions costs one aggregation and one email to the lead; a decision on the superseded figures is ignored.</summary>
    private async Task<SignOffDecided?> AwaitDecisionAsync(DateTimeOffset nextReminder)
    {
        DateTimeOffset? reaggregateAt = null;
        for (var step = 0; step < MaxSteps; step++)
        {
            var fireAt = reaggregateAt is { } settle && settle < nextReminder ? settle : nextReminder;
            using var timerCancel = new CancellationTokenSource();
            var timer = context.CreateTimer(fireAt.UtcDateTime, timerCancel.Token);
            var decided = inbox.Wait<SignOffDecided>(EventNames.SignOffDecided);
            var updated = inbox.Wait<ContributorUpdated>(EventNames.ContributorUpdated);
            var winner = await Task.WhenAny(decided, updated, timer);
            if (winner != timer)
            {
                timerCancel.Cancel();
            }

            if (winner == timer && reaggregateAt is { } due && Now >= due)
            {
                return null;
            }
            if (winner == timer)
            {
                signOffReminders++;
                PublishStatus();
                await SendAsync(CycleEmails.SignOffReminder(input, roster, signOffReminders, Now));
                nextReminder = Now + input.Schedule.SignOffReminderInterval;
            }
            else if (winner == updated)
            {
                if (Apply(inbox.Take<ContributorUpdated>(EventNames.ContributorUpdated)))
                {
                    if (input.Schedule.ResubmissionSettle <= TimeSpan.Zero)
                    {
                        return null;
                    }
                    reaggregateAt = Now + input.Schedule.ResubmissionSettle;
                }
            }
            else
            {
                var decision = inbox.Take<SignOffDecided>(EventNames.SignOffDecided);
                var accepted = reaggregateAt is null ? Accept(decision) : null;
                if (accepted is not null)
                {
                    return accepted;
                }
            }
        }
        throw new InvalidOperationException($"{input.CycleId} waited {MaxSteps} steps for a sign-off decision.");
    }

    /// <summary>The decision if it is for this round and meaningful (a send-back keeps only contributors of the cycle).</summary>
    private SignOffDecided? Accept(SignOffDecided decision)
    {
        if (decision.Round != round)
        {
            context.CreateReplaySafeLogger<QuarterlyCycleOrchestrator>().LogInformation("Ignored a decision for round {Round} in round {Current}", decision.Round, round);
            return null;
        }
        if (decision.Decision == SignOffDecisions.Approve)
        {
            return decision;
        }
        var named = order.Where(id => decision.Contributors.Contains(id, StringComparer.OrdinalIgnoreCase)).ToList();
        if (decision.Decision != SignOffDecisions.SendBack || named.Count == 0)
        {
            context.CreateReplaySafeLogger<QuarterlyCycleOrchestrator>().LogInformation("Ignored decision {Decision} naming no contributor of the cycle", decision.Decision);
            return null;
        }
        return decision with { Contributors = named };
    }

    /// <summary>The race between an upload and an approval, settled: the stage shows "emitting" first, then the store
    /// is read. An upload that saw an earlier stage was stored before that read, so it is found here: the approval was
    /// for figures already superseded, and a new round follows. An upload that saw "emitting" waits for the outcome
    /// (CycleService), and is refused only if the template was written without it.</summary>
    private async Task<bool> ApprovalSupersededAsync(SignOffDecided decision)
    {
        SetStage(CycleStages.Emitting);
        var newer = await FindUnappliedReturnsAsync();
        if (newer.Count == 0)
        {
            return false;
        }
        Audit(decision.DecidedBy, AuditActions.ApprovalSuperseded,
            $"round {round}: newer versions arrived before the approval took effect ({string.Join(", ", newer.Select(r => $"{r.Ref.ContributorId} version {r.Ref.Version}"))}); the lead is asked again");
        await FlushAuditAsync();
        return true;
    }

    /// <summary>Collection is complete when every contributor has submitted; after a send-back (from version 4), when
    /// those sent back have resubmitted: the lead has seen the others' figures, or closed collection without them.</summary>
    private bool CollectionComplete() =>
        sentBack.Count > 0
            ? sentBack.All(id => contributors[id].State == ContributorStates.Submitted)
            : AllSubmitted();

    private async Task SendBackAsync(SignOffDecided decision)
    {
        var focused = input.OrchestrationVersion >= CycleInput.SendBackVersion;
        sentBack.Clear();
        foreach (var id in decision.Contributors)
        {
            var newDue = focused ? input.Schedule.SendBackDue(Now, contributors[id].Due) : Now + input.Schedule.SendBackAllowance;
            context.SendEvent(CycleIds.Contributor(input.CycleId, id), EventNames.ContributorSentBack, new ContributorSentBack(decision.Reason, newDue, round));
            contributors[id] = contributors[id].SentBack(decision.Reason, newDue, Now);
            if (focused)
            {
                sentBack.Add(id);
            }
        }
        Audit(decision.DecidedBy, AuditActions.SentBack, $"round {round}: {string.Join(", ", decision.Contributors)}: {decision.Reason}");
        await FlushAuditAsync();
    }

    private async Task<CycleResult> EmitAsync(SignOffDecided decision, AggregationOutcome outcome, List<Task<ContributorResult>> children)
    {
        var approved = Now;
        approvedAt = approved;
        SetStage(CycleStages.Emitting);
        Audit(decision.DecidedBy, AuditActions.Approved, $"round {round}");
        var version = await context.CallActivityAsync<int>(nameof(EmitTemplate),
            new EmitTemplateInput(input.CycleId, input.Plan, input.Quarter, LatestReturns(), decision.DecidedBy, approved, TemplateVersion,
                decision.AnswersVersion, decision.WorkbookVersion), ActivityRetry.Options);
        templateVersion = version;
        Audit("system", AuditActions.TemplateWritten, $"templates/{input.CycleId}/v{version}/template.{{xlsx,csv,json}}");
        await FlushAuditAsync();

        var recipients = roster.Contributors
            .Select(c => (To: c.Email, Name: c.Name, Audience: EmailAudience.Contributor, Missing: contributors[c.Id].Versions == 0)).ToList();
        recipients.Add((roster.LeadEmail, roster.LeadName, EmailAudience.Lead, false));
        await Task.WhenAll(recipients.Select((r, i) =>
            SendAsync(CycleEmails.Final(input, roster, r.To, r.Name, r.Audience, i + 1, decision.DecidedBy, approved, r.Missing,
                workbookFilled: decision.WorkbookVersion is not null))));
        foreach (var id in order)
        {
            context.SendEvent(CycleIds.Contributor(input.CycleId, id), EventNames.CycleFinalized, new CycleFinalized(version, approved));
        }
        // A child that failed (it should not: its emails and store checks are guarded) keeps the status it last reported.
        try
        {
            await Task.WhenAll(children);
        }
        catch (TaskFailedException failure)
        {
            context.CreateReplaySafeLogger<QuarterlyCycleOrchestrator>().LogError("A contributor orchestration failed: {Error}", failure.FailureDetails.ErrorMessage);
        }
        foreach (var child in children.Where(c => c.IsCompletedSuccessfully))
        {
            contributors[child.Result.Status.Id] = child.Result.Status;
        }
        SetStage(CycleStages.Completed);
        return new CycleResult(input.CycleId, version, round, decision.DecidedBy, outcome.RunningBalances, warnings, Statuses());
    }

    /// <summary>Applies a child's status; true when it brings a version newer than the one known (a (re)submission).</summary>
    /// <remarks>The backend delivers a message at least once: an update the child sent before a newer one can arrive
    /// again after it (a work item re-run on a busy machine). An update whose sequence was applied already is ignored
    /// (children from version 3 number them); a status with fewer versions than the one known is stale and is not shown;
    /// the newest version is kept either way.</remarks>
    private bool Apply(ContributorUpdated update)
    {
        if (!contributors.TryGetValue(update.ContributorId, out var current))
        {
            return false;
        }
        var applied = sequences.GetValueOrDefault(update.ContributorId);
        if (update.Sequence > 0 && update.Sequence <= applied)
        {
            return false; // delivered again after newer updates
        }
        sequences[update.ContributorId] = Math.Max(applied, update.Sequence);
        if (update.Status.Versions >= current.Versions)
        {
            contributors[update.ContributorId] = update.Status;
        }
        PublishStatus();
        var known = latest.GetValueOrDefault(update.ContributorId)?.Version ?? 0;
        if (update.LatestReturn is { } r && r.Version > known)
        {
            latest[update.ContributorId] = r;
            return true;
        }
        return false;
    }

    private bool AllSubmitted() => order.All(id => contributors[id].State == ContributorStates.Submitted);

    private List<ReturnRef> LatestReturns() => [.. order.Where(latest.ContainsKey).Select(id => latest[id])];

    private List<ContributorStatus> Statuses() => [.. order.Select(id => contributors[id])];

    /// <summary>Sends an email; one still failing after the retries is audited and the cycle goes on.</summary>
    private async Task<bool> SendAsync(EmailDraft message)
    {
        try
        {
            return await context.CallActivityAsync<bool>(nameof(SendEmail), message, ActivityRetry.Options);
        }
        catch (TaskFailedException failure)
        {
            context.CreateReplaySafeLogger<QuarterlyCycleOrchestrator>().LogError("Email {MessageId} failed: {Error}", message.MessageId, failure.FailureDetails.ErrorMessage);
            Audit("system", AuditActions.EmailFailed, $"The {EmailPurposes.Describe(message.Purpose)} email to {message.To} could not be sent.");
            return false;
        }
    }

    /// <summary>Versions stored whose children's updates have not arrived (late, or lost with a crash) join the area
    /// return: the store is the truth of what was received.</summary>
    private async Task TakeUnappliedReturnsAsync()
    {
        foreach (var stored in await FindUnappliedReturnsAsync())
        {
            var id = order.First(c => string.Equals(c, stored.Ref.ContributorId, StringComparison.OrdinalIgnoreCase));
            latest[id] = stored.Ref;
            contributors[id] = contributors[id].SubmittedAs(stored.Ref.Version);
        }
        PublishStatus();
    }

    /// <summary>The stored versions newer than the ones this cycle knows (<see cref="FindUnappliedReturns"/>).</summary>
    private Task<List<StoredReturn>> FindUnappliedReturnsAsync()
    {
        var known = order.ToDictionary(id => id, id => latest.GetValueOrDefault(id)?.Version ?? 0, StringComparer.OrdinalIgnoreCase);
        return context.CallActivityAsync<List<StoredReturn>>(nameof(FindUnappliedReturns), new UnappliedReturnsQuery(input.CycleId, known), ActivityRetry.Options);
    }

    private void Audit(string actor, string action, string detail) =>
        audit.Add(new AuditEntry($"{input.CycleId}/{action}/{audit.Count + 1}", Now, actor, action, detail));

    /// <summary>Appends the entries recorded since the last flush (ids are positions in this run's list, so a replay
    /// re-sends the same ids).</summary>
    private async Task FlushAuditAsync()
    {
        // Only the entries not yet sent: sending the whole list each time would grow the history with the square of it.
        // Always called, even with nothing new, so the sequence of awaited calls is the one older histories hold.
        var pending = audit.Count - auditFlushed;
        await context.CallActivityAsync<int>(nameof(AppendAudit), new AuditBatch(input.CycleId, audit.GetRange(auditFlushed, pending)), ActivityRetry.Options);
        auditFlushed += pending;
    }

    private void SetStage(string newStage)
    {
        stage = newStage;
        PublishStatus();
    }

    private void PublishStatus() =>
        context.SetCustomStatus(new CycleStatus(stage, round, Statuses(), [.. warnings.Take(CycleStatus.MaxWarnings)], signOffReminders, templateVersion, warnings.Count, approvedAt));
}
