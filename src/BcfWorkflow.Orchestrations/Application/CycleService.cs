using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Activities;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Events;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Orchestrations.Application;

/// <summary>What the HTTP handlers of both hosts call: opens cycles, takes returns and the lead's actions, reads
/// status. Outcomes are values (map them to HTTP codes), not exceptions.</summary>
/// <param name="journal">Where acknowledgements are recorded before they are answered, when the store is not durable at
/// that moment (the local host); none by default.</param>
/// <param name="index">Every cycle opened: the list of cycles and the incoming-file path read it.</param>
public sealed class CycleService(DurableTaskClient client, IPlanStore plans, IReturnStore returns, IAuditLog audit, ICycleIndex index,
    TimeProvider clock, IReceiptJournal? journal = null)
{
    private readonly IReceiptJournal journal = journal ?? NoReceiptJournal.Instance;


    /// <summary>How long a submission waits for the contributor's orchestration to be created (it is started by the
    /// cycle within moments of opening; an event raised to a missing instance would be lost).</summary>
    public TimeSpan ContributorStartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How far in the past a contributors' due date may be when a cycle is opened (a quarter opened late).</summary>
    public static readonly TimeSpan MaxDueInThePast = TimeSpan.FromDays(31);

    /// <summary>How far ahead a due date may be.</summary>
    public static readonly TimeSpan MaxDueAhead = TimeSpan.FromDays(730);

    public async Task<OpenCycleResult> OpenCycleAsync(string area, string year, string quarter, DateTimeOffset contributorsDue,
        DateTimeOffset submissionDue, CycleScheduleOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!Quarter.TryParse(quarter, out var q))
        {
            return new(OpenCycleStatus.Invalid, null, $"'{quarter}' is not a quarter (Q1 to Q4).");
        }
        if (submissionDue < contributorsDue)
        {
            return new(OpenCycleStatus.Invalid, null, "The submission due date is before the contributors' due date.");
        }
        // Dates a typo makes (0001-01-01, 9999-12-31) would make every contributor late at once, or overflow the
        // reminder schedule: a quarter's dates lie within a month before today and two years after it.
        var now = clock.GetUtcNow();
        if (contributorsDue < now - MaxDueInThePast || contributorsDue > now + MaxDueAhead || submissionDue > contributorsDue + MaxDueAhead)
        {
            return new(OpenCycleStatus.Invalid, null,
                $"The due dates must fall between {(now - MaxDueInThePast).UtcDateTime:d MMMM yyyy} and {(now + MaxDueAhead).UtcDateTime:d MMMM yyyy}: check the year.");
        }
        var plan = await plans.GetAsync(area, year, cancellationToken);
        if (plan is null)
        {
            return new(OpenCycleStatus.PlanNotFound, null, $"No plan for {area} {year}.");
        }
        var cycleId = CycleIds.Cycle(plan.Area, plan.Year, q.ToString());
        if (await client.GetInstanceAsync(cycleId, cancellationToken) is not null)
        {
            return new(OpenCycleStatus.AlreadyExists, cycleId);
        }
        var input = new CycleInput(plan.Area, plan.Year, q.ToString(), cycleId, new PlanRef(plan.Area, plan.Year),
            CycleSchedule.From(contributorsDue, submissionDue, options ?? CycleScheduleOptions.Default), CycleInput.CurrentVersion);
        await journal.RecordStartAsync(cycleId, nameof(QuarterlyCycleOrchestrator), input, cancellationToken);
        await index.AddAsync(new CycleIndexEntry(cycleId, plan.Area, plan.Year, q.ToString(), now), cancellationToken);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(QuarterlyCycleOrchestrator), input,
            new StartOrchestrationOptions(cycleId), cancellationToken);
        return new(OpenCycleStatus.Opened, cycleId);
    }

    /// <summary>Validates the file against the plan (nothing is stored when it is invalid), stores it as the next
    /// version and tells the contributor's orchestration.</summary>
    public async Task<SubmitReturnResult> SubmitReturnAsync(string cycleId, string contributorId, string fileName, byte[] content,
        string submittedBy, CancellationToken cancellationToken = default)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        if (cycle is null)
        {
            return SubmitReturnResult.NotFound;
        }
        var status = ReadStatus(cycle);
        var input = cycle.ReadInputAs<CycleInput>();
        if (IsClosed(cycle, status) && !(status?.Stage == CycleStages.Emitting && input?.OrchestrationVersion >= CycleInput.StoreCheckVersion))
        {
            // From version 3 an approval can still turn out superseded while "emitting": the upload is stored and waits
            // for the outcome below instead of being refused now.
            return SubmitReturnResult.Closed;
        }
        var plan = input is null ? null : await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken);
        var contributor = plan?.FindContributor(contributorId);
        if (input is null || plan is null || contributor is null)
        {
            return SubmitReturnResult.NotFound;
        }

        var childId = CycleIds.Contributor(cycleId, contributor.Id);
        if (await client.GetInstanceAsync(childId, cancellationToken) is { RuntimeStatus: OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated })
        {
            return SubmitReturnResult.WorkflowStopped;
        }

        var previous = await PreviousQuarterReturnAsync(plan, input, contributor.Id, cancellationToken);
        ReturnReadResult read;
        using (var stream = new MemoryStream(content, writable: false))
        {
            read = ReturnReader.Read(plan, contributor.Id, stream, fileName, previous);
        }
        if (!read.IsValid)
        {
            return new(SubmitReturnStatus.Rejected, null, read.Issues);
        }

        // Stored under the extension its content showed the reader (an xlsx renamed .csv is still an xlsx). From here the
        // version is received: the audit entry and the event follow, and if a crash stops them, ReconcileAsync does.
        var stored = await returns.SaveVersionAsync(cycleId, contributor.Id, read.Format!, content, submittedBy, clock.GetUtcNow(), fileName, cancellationToken);
        if (await InApprovedReturnAsync(cycleId, stored, cancellationToken) is not true and var counted)
        {
            if (counted is null)
            {
                return new(SubmitReturnStatus.ApprovalPending, stored, read.Issues);
            }
            await audit.AppendAsync(cycleId, new AuditEntry($"{cycleId}/after-approval/{contributor.Id}/v{stored.Ref.Version}", stored.SubmittedAt,
                submittedBy, AuditActions.ReturnAfterApproval, $"{contributor.Id} version {stored.Ref.Version} ({fileName}) arrived after the approval: kept, not in the template",
                stored.Ref.BlobName), cancellationToken);
            return new(SubmitReturnStatus.AfterApproval, stored, read.Issues);
        }
        var entry = SubmittedEntry(stored, fileName);
        await journal.RecordReturnAsync(stored, content, entry, cancellationToken);
        await audit.AppendAsync(cycleId, entry, cancellationToken);

        if (!HasReported(status, contributor.Id))
        {
            await WaitUntilExistsAsync(childId, cancellationToken);
        }
        await client.RaiseEventAsync(childId, EventNames.ReturnSubmitted,
            new ReturnSubmitted(stored.Ref, stored.SubmittedBy, stored.SubmittedAt), cancellationToken);
        return new(SubmitReturnStatus.Accepted, stored, read.Issues) { Sheet = read.Sheet };
    }

    /// <summary>How long an upload stored while the cycle writes the approved template waits for the outcome.</summary>
    public TimeSpan ApprovalOutcomeTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether a version just stored can still be in the area return: true unless the cycle has approved
    /// without it; null when the cycle is still writing the template after <see cref="ApprovalOutcomeTimeout"/>.</summary>
    /// <remarks>Read after the store: the cycle shows "emitting" before it reads the store for versions newer than the
    /// ones approved (<c>CycleRun.ApprovalSupersededAsync</c>), so a stage read here before "emitting" means the cycle
    /// will find this version and start a new round; while "emitting", wait for the outcome.</remarks>
    private async Task<bool?> InApprovedReturnAsync(string cycleId, StoredReturn stored, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + ApprovalOutcomeTimeout;
        while (true)
        {
            var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
            var status = cycle is null ? null : ReadStatus(cycle);
            if (cycle is null || status is null)
            {
                return true;
            }
            var running = cycle.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
            if (running && status.Stage != CycleStages.Emitting && status.Stage != CycleStages.Completed)
            {
                return true;
            }
            if (!running || status.Stage == CycleStages.Completed)
            {
                var approved = status.Contributors.FirstOrDefault(c => string.Equals(c.Id, stored.Ref.ContributorId, StringComparison.OrdinalIgnoreCase));
                return approved?.LatestVersion >= stored.Ref.Version;
            }
            if (clock.GetUtcNow() >= deadline)
            {
                return null;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>What follows a stored version, done again for whatever a crash left undone: for each contributor of a
    /// running cycle whose newest stored version is newer than its orchestration has applied, the audit entries of the
    /// stored versions (ids make them idempotent) and the event (idempotent by version). Run on start-up and on a slow
    /// timer by each host.</summary>
    /// <returns>How many events were raised again.</returns>
    public async Task<int> ReconcileAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        var status = cycle is null ? null : ReadStatus(cycle);
        if (cycle is null || status is null || IsClosed(cycle, status) || status.Contributors.Count == 0)
        {
            return 0;
        }
        var stored = await returns.LatestVersionsAsync(cycleId, status.Contributors.Select(c => c.Id), cancellationToken);
        var raised = 0;
        IReadOnlyList<AuditEntry>? recorded = null;
        var known = status.Contributors.ToDictionary(c => c.Id, c => c.LatestVersion ?? 0, StringComparer.OrdinalIgnoreCase);
        foreach (var (contributorId, storedVersion) in stored)
        {
            if (storedVersion <= known.GetValueOrDefault(contributorId))
            {
                continue; // the cycle has it, so the contributor's workflow applied it
            }
            var childId = CycleIds.Contributor(cycleId, contributorId);
            var child = await client.GetInstanceAsync(childId, getInputsAndOutputs: true, cancellationToken);
            if (child is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
            {
                continue;
            }
            var applied = (child.SerializedCustomStatus is null ? null : child.ReadCustomStatusAs<ContributorStatus>())?.LatestVersion ?? 0;
            if (storedVersion <= applied)
            {
                continue;
            }
            var versions = await returns.ListVersionsAsync(cycleId, contributorId, cancellationToken);
            recorded ??= await audit.ReadAsync(cycleId, cancellationToken);
            var ids = recorded.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var version in versions.Where(v => !ids.Contains(SubmittedEntryId(v.Ref))))
            {
                await audit.AppendAsync(cycleId, SubmittedEntry(version, version.Ref.FileName), cancellationToken);
            }
            var newest = versions[^1];
            await client.RaiseEventAsync(childId, EventNames.ReturnSubmitted,
                new ReturnSubmitted(newest.Ref, newest.SubmittedBy, newest.SubmittedAt), cancellationToken);
            raised++;
        }
        return raised;
    }

    /// <summary><see cref="ReconcileAsync"/> for every running cycle.</summary>
    public async Task<int> ReconcileRunningCyclesAsync(CancellationToken cancellationToken = default)
    {
        var raised = 0;
        var query = new OrchestrationQuery { FetchInputsAndOutputs = false, PageSize = 500, Statuses = [OrchestrationRuntimeStatus.Running] };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (instance.Name == nameof(QuarterlyCycleOrchestrator))
            {
                raised += await ReconcileAsync(instance.InstanceId, cancellationToken);
            }
        }
        return raised;
    }

    private static string SubmittedEntryId(ReturnRef stored) => $"{stored.CycleId}/submitted/{stored.ContributorId}/v{stored.Version}";

    private static AuditEntry SubmittedEntry(StoredReturn stored, string fileName) =>
        new(SubmittedEntryId(stored.Ref), stored.SubmittedAt, stored.SubmittedBy, AuditActions.ReturnSubmitted,
            $"{stored.Ref.ContributorId} version {stored.Ref.Version} ({fileName}, sha256 {stored.ContentSha256})", stored.Ref.BlobName);

    /// <summary>Passes the lead's decision to the cycle for its current sign-off round; <see cref="LeadActionStatus.WrongStage"/>
    /// unless the cycle is awaiting sign-off.</summary>
    /// <param name="basis">For an approval: the versions of the lead's answers and attached workbook it approves
    /// (<see cref="LeadAnswersService.CheckApprovalAsync"/>), written into the template.</param>
    public async Task<LeadActionResult> DecideAsync(string cycleId, SignOffDecision decision, string decidedBy, CancellationToken cancellationToken = default,
        ApprovalBasis? basis = null)
    {
        var kind = decision.Decision.Trim();
        var named = decision.Contributors ?? [];
        if (!string.Equals(kind, SignOffDecisions.Approve, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(kind, SignOffDecisions.SendBack, StringComparison.OrdinalIgnoreCase))
        {
            return new(LeadActionStatus.Invalid, Problem: $"Unknown decision '{decision.Decision}': approve or sendBack.");
        }
        var isApproval = string.Equals(kind, SignOffDecisions.Approve, StringComparison.OrdinalIgnoreCase);
        if (!isApproval && named.Count == 0)
        {
            return new(LeadActionStatus.Invalid, Problem: "A send-back names at least one contributor.");
        }

        var status = await GetStatusAsync(cycleId, cancellationToken);
        if (status is null)
        {
            return new(LeadActionStatus.NotFound);
        }
        if (status.Stage != CycleStages.AwaitingSignOff)
        {
            return new(LeadActionStatus.WrongStage, status.SignOffRound, $"The cycle is {status.Stage}, not awaiting sign-off.");
        }
        var decided = new SignOffDecided(status.SignOffRound, isApproval ? SignOffDecisions.Approve : SignOffDecisions.SendBack,
            isApproval ? [] : named, decision.Reason ?? "", decidedBy)
        {
            AnswersVersion = isApproval ? basis?.AnswersVersion : null,
            WorkbookVersion = isApproval ? basis?.WorkbookVersion : null,
        };
        await journal.RecordEventAsync(cycleId, EventNames.SignOffDecided, decided, cancellationToken);
        await client.RaiseEventAsync(cycleId, EventNames.SignOffDecided, decided, cancellationToken);
        return new(LeadActionStatus.Accepted, status.SignOffRound);
    }

    /// <summary>Closes collection early: the cycle aggregates what it has and goes to sign-off.</summary>
    public async Task<LeadActionResult> CloseCollectionAsync(string cycleId, string closedBy, CancellationToken cancellationToken = default)
    {
        var status = await GetStatusAsync(cycleId, cancellationToken);
        if (status is null)
        {
            return new(LeadActionStatus.NotFound);
        }
        if (status.Stage != CycleStages.Collecting)
        {
            return new(LeadActionStatus.WrongStage, status.SignOffRound, $"The cycle is {status.Stage}, not collecting.");
        }
        var close = new LeadClosedCollection(closedBy, clock.GetUtcNow(), status.SignOffRound);
        await journal.RecordEventAsync(cycleId, EventNames.LeadClosedCollection, close, cancellationToken);
        await client.RaiseEventAsync(cycleId, EventNames.LeadClosedCollection, close, cancellationToken);
        return new(LeadActionStatus.Accepted, status.SignOffRound);
    }

    /// <summary>The lead's "Remind now": a reminder to one contributor at once, from its own workflow (so it is counted,
    /// logged and never sent twice by a retry). Refused for a contributor that has sent its return, after approval, and
    /// for cycles opened before version 4.</summary>
    public async Task<LeadActionResult> RemindAsync(string cycleId, string contributorId, string requestedBy, CancellationToken cancellationToken = default)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        var input = cycle?.ReadInputAs<CycleInput>();
        var status = cycle is null ? null : await WithStoredVersionsAsync(cycleId, StatusOrNew(cycle), cancellationToken);
        var contributor = status?.Contributors.FirstOrDefault(c => string.Equals(c.Id, contributorId, StringComparison.OrdinalIgnoreCase));
        if (input is null || status is null || contributor is null)
        {
            return new(LeadActionStatus.NotFound);
        }
        if (IsClosed(cycle!, status))
        {
            return new(LeadActionStatus.WrongStage, status.SignOffRound, "The area return has been approved: no reminders are needed.");
        }
        if (contributor.State == ContributorStates.Submitted)
        {
            return new(LeadActionStatus.WrongStage, status.SignOffRound, "This contributor has sent its return: there is nothing to remind it of.");
        }
        if (input.OrchestrationVersion < CycleInput.RemindNowVersion)
        {
            return new(LeadActionStatus.WrongStage, status.SignOffRound,
                "This cycle was opened before reminders could be sent on request: its reminders go out on their schedule.");
        }
        var childId = CycleIds.Contributor(cycleId, contributor.Id);
        if (!HasReported(status, contributor.Id))
        {
            await WaitUntilExistsAsync(childId, cancellationToken); // an event raised before the instance exists is dropped
        }
        var request = new ReminderRequested(requestedBy, clock.GetUtcNow());
        await journal.RecordEventAsync(childId, EventNames.ReminderRequested, request, cancellationToken);
        await client.RaiseEventAsync(childId, EventNames.ReminderRequested, request, cancellationToken);
        return new(LeadActionStatus.Accepted, status.SignOffRound);
    }

    /// <summary>The cycle's status, or null for an unknown cycle (a cycle just scheduled shows as collecting).</summary>
    /// <param name="withStoredVersions">Count the versions in the store as well (every view a person reads); false when
    /// only the cycle's existence or roster is wanted, which saves a listing of the store.</param>
    public async Task<CycleStatus?> GetStatusAsync(string cycleId, CancellationToken cancellationToken = default, bool withStoredVersions = true)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        if (cycle is null)
        {
            return null;
        }
        var status = StatusOrNew(cycle);
        return withStoredVersions ? await WithStoredVersionsAsync(cycleId, status, cancellationToken) : status;
    }

    /// <summary>The status the cycle published; a cycle just scheduled, which has published none yet, is collecting.</summary>
    private static CycleStatus StatusOrNew(OrchestrationMetadata cycle) => ReadStatus(cycle) ?? new CycleStatus(CycleStages.Collecting, 0, [], []);

    /// <summary>Every contributor's status with the versions stored for it (<see cref="ContributorStatus.WithStoredVersion"/>),
    /// whatever the engine is doing.</summary>
    private async Task<CycleStatus> WithStoredVersionsAsync(string cycleId, CycleStatus status, CancellationToken cancellationToken)
    {
        if (status.Contributors.Count == 0)
        {
            return status;
        }
        var stored = await returns.LatestVersionsAsync(cycleId, status.Contributors.Select(c => c.Id), cancellationToken);
        if (stored.Count == 0)
        {
            return status;
        }
        var merged = status.Contributors.Select(c => c.WithStoredVersion(stored.TryGetValue(c.Id, out var v) ? v : null)).ToList();
        return status with { Contributors = merged };
    }

    /// <summary>A cycle's input, plan and status (without the stored versions) in one read of the instance; null for an
    /// unknown cycle or one whose plan is gone.</summary>
    public async Task<(CycleInput Input, Plan Plan, CycleStatus Status)?> GetCycleAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        if (cycle is null || cycle.Name != nameof(QuarterlyCycleOrchestrator) || cycle.ReadInputAs<CycleInput>() is not { } input
            || await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken) is not { } plan)
        {
            return null;
        }
        return (input, plan, StatusOrNew(cycle));
    }

    /// <summary>Every cycle in the index with its plan, its status as the cycle published it, whether it ended early
    /// (failed or terminated) and each contributor's newest stored version; a cycle whose instance or plan is gone is
    /// left out. In the index's order; callers sort.</summary>
    public async Task<IReadOnlyList<CycleSnapshot>> ListCyclesAsync(CancellationToken cancellationToken = default)
    {
        await IndexEarlierCyclesAsync(cancellationToken);
        var snapshots = new List<CycleSnapshot>();
        var planCache = new Dictionary<PlanRef, Plan?>();
        foreach (var entry in await index.ListAsync(cancellationToken: cancellationToken))
        {
            var cycle = await client.GetInstanceAsync(entry.CycleId, getInputsAndOutputs: true, cancellationToken);
            if (cycle is null || cycle.Name != nameof(QuarterlyCycleOrchestrator) || cycle.ReadInputAs<CycleInput>() is not { } input)
            {
                continue; // indexed, but its start was lost
            }
            if (!planCache.TryGetValue(input.Plan, out var plan))
            {
                plan = planCache[input.Plan] = await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken);
            }
            if (plan is null)
            {
                continue;
            }
            var stored = await returns.LatestVersionsAsync(input.CycleId, plan.Contributors.Select(c => c.Id), cancellationToken);
            snapshots.Add(new CycleSnapshot(input, plan, ReadStatus(cycle), cycle.CreatedAt,
                Ended: cycle.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated, stored));
        }
        return snapshots;
    }

    /// <summary>The area's cycle that is running now, the newest opened when there are several (an incoming file is
    /// its return); null when none is.</summary>
    public async Task<string?> FindOpenCycleAsync(string area, CancellationToken cancellationToken = default)
    {
        await IndexEarlierCyclesAsync(cancellationToken);
        foreach (var entry in (await index.ListAsync(CycleIds.Slug(area), cancellationToken)).OrderByDescending(e => e.OpenedAt))
        {
            var cycle = await client.GetInstanceAsync(entry.CycleId, cancellationToken);
            if (cycle is { Name: nameof(QuarterlyCycleOrchestrator), RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            {
                return entry.CycleId;
            }
        }
        return null;
    }

    /// <summary>Once per store: indexes the cycles the engine held before the index was kept (one listing of instances
    /// without payloads; only a cycle missing from the index is read), then marks the index as holding them.</summary>
    private async Task IndexEarlierCyclesAsync(CancellationToken cancellationToken)
    {
        if (await index.HoldsEarlierCyclesAsync(cancellationToken))
        {
            return;
        }
        var indexed = (await index.ListAsync(cancellationToken: cancellationToken)).Select(e => e.CycleId).ToHashSet(StringComparer.Ordinal);
        var query = new OrchestrationQuery { FetchInputsAndOutputs = false, PageSize = 500 };
        await foreach (var listed in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (listed.Name == nameof(QuarterlyCycleOrchestrator) && !indexed.Contains(listed.InstanceId)
                && (await client.GetInstanceAsync(listed.InstanceId, getInputsAndOutputs: true, cancellationToken))?.ReadInputAs<CycleInput>() is { } input)
            {
                await index.AddAsync(new CycleIndexEntry(input.CycleId, input.Area, input.Year, input.Quarter, listed.CreatedAt), cancellationToken);
            }
        }
        await index.MarkEarlierCyclesHeldAsync(cancellationToken);
    }

    /// <summary>The area return as it stands in the store: each contributor's latest stored version read against the plan
    /// (a version that no longer reads is left out) and aggregated, as an approval now would write it.</summary>
    public async Task<AreaSummary> AggregateStoredAsync(Plan plan, CycleInput input, CancellationToken cancellationToken = default)
    {
        var latest = new List<ReturnRef>();
        foreach (var contributor in plan.Contributors)
        {
            var versions = await returns.ListVersionsAsync(input.CycleId, contributor.Id, cancellationToken);
            if (versions.Count > 0)
            {
                latest.Add(versions[^1].Ref);
            }
        }
        var (loaded, _) = await StoredReturnLoader.LoadAsync(returns, plan, latest);
        return AreaAggregator.Aggregate(plan, Quarter.Parse(input.Quarter), loaded);
    }

    /// <summary>The plan a cycle runs on, or null for an unknown cycle.</summary>
    public async Task<Plan?> GetPlanAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        return cycle?.ReadInputAs<CycleInput>() is { } input ? await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken) : null;
    }

    private static CycleStatus? ReadStatus(OrchestrationMetadata cycle) =>
        cycle.SerializedCustomStatus is null ? null : cycle.ReadCustomStatusAs<CycleStatus>();

    private static bool IsClosed(OrchestrationMetadata cycle, CycleStatus? status) =>
        cycle.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended)
        || status is not null && CycleStages.IsApproved(status.Stage);

    /// <summary>True when the cycle's status shows something only the contributor's own orchestration reports (a stored
    /// version, a reminder, lateness, an escalation): that orchestration has run, so an event raised to it cannot be lost
    /// and the wait for it to exist is skipped. The roster's initial status proves nothing, so a first submission waits.</summary>
    private static bool HasReported(CycleStatus? status, string contributorId) =>
        status?.Contributors.FirstOrDefault(c => string.Equals(c.Id, contributorId, StringComparison.OrdinalIgnoreCase)) is { } c
        && (c.Versions > 0 || c.RemindersSent > 0 || c.Escalated || c.State == ContributorStates.Late);

    /// <summary>Last quarter's latest return of the contributor (spend to date is cumulative over the year), when any.</summary>
    private async Task<ContributorReturn?> PreviousQuarterReturnAsync(Plan plan, CycleInput input, string contributorId, CancellationToken cancellationToken)
    {
        var quarter = Quarter.Parse(input.Quarter);
        if (quarter.Number == 1)
        {
            return null;
        }
        var previousCycle = CycleIds.Cycle(input.Area, input.Year, new Quarter(quarter.Number - 1).ToString());
        var versions = await returns.ListVersionsAsync(previousCycle, contributorId, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }
        var last = versions[^1].Ref;
        using var stream = new MemoryStream(await returns.ReadAsync(last, cancellationToken), writable: false);
        return ReturnReader.Read(plan, contributorId, stream, last.FileName).Return;
    }

    private async Task WaitUntilExistsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + ContributorStartTimeout;
        while (await client.GetInstanceAsync(instanceId, cancellationToken) is null && clock.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
