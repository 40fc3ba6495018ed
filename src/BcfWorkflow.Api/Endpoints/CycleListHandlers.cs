using BcfWorkflow.Api.Auth;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/cycles</c>: every cycle for the lead; for a contributor, the cycles whose plan names it,
/// with only its own progress. Newest first. A stored version counts at once, as in the cycle's status.</summary>
public sealed class CycleListHandlers(RequestAuth auth, DurableTaskClient client, IPlanStore plans, IReturnStore returns)
{
    public async Task<IResult> ListCycles(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request);
        if (denied is not null)
        {
            return denied;
        }

        var items = new List<CycleListItem>();
        var planCache = new Dictionary<PlanRef, Plan?>();
        // List without payloads (most instances are contributors' sub-orchestrations), then read each cycle's input.
        var query = new OrchestrationQuery { FetchInputsAndOutputs = false, PageSize = 500 };
        await foreach (var listed in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (listed.Name != nameof(QuarterlyCycleOrchestrator)
                || await client.GetInstanceAsync(listed.InstanceId, getInputsAndOutputs: true, cancellationToken) is not { } instance
                || instance.ReadInputAs<CycleInput>() is not { } input)
            {
                continue;
            }
            if (!planCache.TryGetValue(input.Plan, out var plan))
            {
                plan = planCache[input.Plan] = await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken);
            }
            if (plan is not null && Visible(caller!, plan) is { Count: > 0 } visible)
            {
                var stored = await returns.LatestVersionsAsync(input.CycleId, visible.Select(c => c.Id), cancellationToken);
                items.Add(ToItem(instance, input, visible, stored));
            }
        }
        return Results.Ok(items.OrderByDescending(i => i.CreatedAt).ToList());
    }

    private static List<Contributor> Visible(Caller caller, Plan plan) =>
        caller.CoversArea(plan.Area) ? plan.Contributors.Where(c => caller.MayActFor(c.Id)).ToList() : [];

    private static CycleListItem ToItem(OrchestrationMetadata instance, CycleInput input, List<Contributor> visible, IReadOnlyDictionary<string, int> stored)
    {
        var status = instance.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<CycleStatus>();
        var progress = (status?.Contributors ?? []).ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        var contributors = visible
            .Select(c => (Contributor: c, Status: (progress.GetValueOrDefault(c.Id) ?? ContributorStatus.Initial(c.Id, input.Schedule.ContributorsDue))
                .WithStoredVersion(stored.TryGetValue(c.Id, out var v) ? v : null)))
            .Select(x => new CycleContributorItem(x.Contributor.Id, x.Contributor.Name, x.Status.State, x.Status.Versions, x.Status.RemindersSent,
                x.Status.LastReminderAt, x.Status.Due, x.Status.BeingProcessed, x.Status.SentBackReason, x.Status.SentBackAt, x.Contributor.Email))
            .ToList();
        return new CycleListItem(input.CycleId, input.Area, input.Year, input.Quarter, Stage(instance, status), input.Schedule.ContributorsDue,
            input.Schedule.SubmissionDue, instance.CreatedAt, status?.TemplateVersion, contributors, status?.ApprovedAt);
    }

    private static string Stage(OrchestrationMetadata instance, CycleStatus? status) => instance.RuntimeStatus switch
    {
        OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => "ended",
        _ => status?.Stage ?? CycleStages.Collecting,
    };
}
