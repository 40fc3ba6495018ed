using System.Diagnostics;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Events;
using BcfWorkflow.Testing.Ports;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Bench;

/// <summary>A simulated quarter: N generated areas of M contributors; every cycle is opened, every contributor submits
/// through <see cref="CycleService"/> (validation included), then each cycle is approved as soon as it awaits sign-off,
/// until all are complete. Three timed phases: open, submit, sign-off (to completion).</summary>
/// <remarks>The sign-off phase is driven by signals, not by polling storage: a cycle is approved when its
/// "sign-off requested" audit entry appears, and counted complete when the engine reports it finished and one status
/// read confirms it completed.</remarks>
public static class NationalQuarter
{
    private const string Quarter = "Q2";

    public static async Task<QuarterFigures> RunAsync(IBenchEngine engine, InMemoryPorts ports, QuarterSettings settings, CancellationToken cancellationToken)
    {
        var signals = new CycleSignals();
        ports.Audit.Appended += signals.OnAudit;
        engine.OrchestrationFinished += signals.OnFinished;
        try
        {
            return await RunAsync(engine, ports, signals, settings, cancellationToken);
        }
        finally
        {
            ports.Audit.Appended -= signals.OnAudit;
            engine.OrchestrationFinished -= signals.OnFinished;
        }
    }

    private static async Task<QuarterFigures> RunAsync(IBenchEngine engine, InMemoryPorts ports, CycleSignals signals, QuarterSettings settings, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Deadline);
        var token = deadline.Token;
        // One service per task hub; area i runs on hub i % hubs.
        var services = engine.Clients.Select(client => new CycleService(client, ports.Plans, ports.Returns, ports.Audit, ports.CycleIndex, TimeProvider.System)
        {
            ContributorStartTimeout = settings.Deadline,
        }).ToList();
        var areas = await GenerateAsync(ports, settings);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = token };
        var gen2Before = GC.CollectionCount(2);
        using var memory = new PeakMemorySampler();

        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var due = now + settings.ContributorsDue;
        var schedule = new CycleScheduleOptions([TimeSpan.Zero], settings.ContributorsDue, settings.ContributorsDue, settings.ContributorsDue);
        var cycleIds = new string[areas.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, areas.Count), parallel, async (i, ct) =>
        {
            var opened = await services[i % services.Count].OpenCycleAsync(areas[i].Plan.Area, SyntheticArea.Year, Quarter, due, due + settings.ContributorsDue, schedule, ct);
            cycleIds[i] = opened.Status == OpenCycleStatus.Opened ? opened.CycleId! : throw new InvalidOperationException($"{areas[i].Plan.Area}: {opened.Status} {opened.Problem}");
        });
        var open = clock.Elapsed;

        var submissions = areas.SelectMany((area, i) => area.Returns.Select(r => (Area: i, CycleId: cycleIds[i], Contributor: r.Key, Content: r.Value)));
        await Parallel.ForEachAsync(submissions, parallel, async (s, ct) =>
        {
            var result = await services[s.Area % services.Count].SubmitReturnAsync(s.CycleId, s.Contributor, $"{s.Contributor}.csv", s.Content, $"bench@{s.Contributor}", ct);
            if (result.Status != SubmitReturnStatus.Accepted)
            {
                throw new InvalidOperationException($"{s.CycleId} {s.Contributor}: {result.Status} {string.Join("; ", result.Issues)}");
            }
        });
        var submit = clock.Elapsed - open;

        await SignOffAllAsync(engine.Clients, services, signals, cycleIds, settings.Deadline, cancellationToken, token);
        var signOff = clock.Elapsed - open - submit;

        return new QuarterFigures(engine.Name, engine.Description, settings, open, submit, signOff,
            WorkflowActions.Count(areas.Count, settings.Contributors, ports.Emails.SentCount), ports.Emails.SentCount,
            memory.PeakBytes, engine.StoragePeakBytes, GC.CollectionCount(2) - gen2Before);
    }

    /// <summary>Approves and completes every cycle at once; past the deadline, fails naming the cycles not completed.</summary>
    private static async Task SignOffAllAsync(IReadOnlyList<DurableTaskClient> clients, List<CycleService> services, CycleSignals signals, string[] cycleIds,
        TimeSpan limit, CancellationToken cancellationToken, CancellationToken deadline)
    {
        var cycles = cycleIds.Select((id, i) => ApproveAndCompleteAsync(clients[i % clients.Count], services[i % services.Count], signals, id, deadline)).ToList();
        try
        {
            await Task.WhenAll(cycles);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var stuck = cycleIds.Where((_, i) => !cycles[i].IsCompletedSuccessfully).ToList();
            throw new TimeoutException($"{stuck.Count} of {cycleIds.Length} cycles did not complete within {limit}: {string.Join(", ", stuck.Take(10))}" +
                (stuck.Count > 10 ? ", ..." : ""));
        }
    }

    /// <summary>Approves the cycle once it has asked for sign-off, then reads its status once it has finished.</summary>
    private static async Task ApproveAndCompleteAsync(DurableTaskClient client, CycleService service, CycleSignals signals, string cycleId,
        CancellationToken cancellationToken)
    {
        var finished = signals.Finished(cycleId);
        if (await Task.WhenAny(signals.SignOffRequested(cycleId), finished).WaitAsync(cancellationToken) != finished)
        {
            var decided = await service.DecideAsync(cycleId, new SignOffDecision(SignOffDecisions.Approve), "bench", cancellationToken);
            if (decided.Status != LeadActionStatus.Accepted)
            {
                throw new InvalidOperationException($"{cycleId}: approval {decided.Status} {decided.Problem}");
            }
            await finished.WaitAsync(cancellationToken);
        }
        var cycle = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: false, cancellationToken);
        if (cycle?.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{cycleId} finished {cycle?.RuntimeStatus}: {cycle?.FailureDetails}");
        }
    }

    private static async Task<List<GeneratedArea>> GenerateAsync(InMemoryPorts ports, QuarterSettings settings)
    {
        var areas = new List<GeneratedArea>(settings.Areas);
        for (var a = 1; a <= settings.Areas; a++)
        {
            var plan = SyntheticArea.Plan($"Area {a:000}", settings.Contributors, settings.SchemesPerContributor);
            await ports.Plans.SaveAsync(plan);
            areas.Add(new GeneratedArea(plan, plan.Contributors.ToDictionary(c => c.Id, c => SyntheticArea.ReturnCsv(plan, c.Id))));
        }
        return areas;
    }
}
