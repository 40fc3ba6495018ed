using BcfWorkflow.Api.Auth;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/cycles</c>: every cycle for the lead; for a contributor, the cycles whose plan names it,
/// with only its own progress. Newest first. A stored version counts at once, as in the cycle's status. The cycles
/// come from the cycle index through <see cref="CycleService.ListCyclesAsync"/>.</summary>
public sealed class CycleListHandlers(RequestAuth auth, CycleService cycles)
{
    public async Task<IResult> ListCycles(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request);
        if (denied is not null)
        {
            return denied;
        }
        var items = new List<CycleListItem>();
        foreach (var cycle in await cycles.ListCyclesAsync(cancellationToken))
        {
            if (Visible(caller!, cycle.Plan) is { Count: > 0 } visible)
            {
                items.Add(ToItem(cycle, visible));
            }
        }
        return Results.Ok(items.OrderByDescending(i => i.CreatedAt).ToList());
    }

    private static List<Contributor> Visible(Caller caller, Plan plan) =>
        caller.CoversArea(plan.Area) ? plan.Contributors.Where(c => caller.MayActFor(c.Id)).ToList() : [];

    private static CycleListItem ToItem(CycleSnapshot cycle, List<Contributor> visible)
    {
        var (input, status) = (cycle.Input, cycle.Status);
        var progress = (status?.Contributors ?? []).ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        var contributors = visible
            .Select(c => (Contributor: c, Status: (progress.GetValueOrDefault(c.Id) ?? ContributorStatus.Initial(c.Id, input.Schedule.ContributorsDue))
                .WithStoredVersion(cycle.StoredVersions.TryGetValue(c.Id, out var v) ? v : null)))
            .Select(x => new CycleContributorItem(x.Contributor.Id, x.Contributor.Name, x.Status.State, x.Status.Versions, x.Status.RemindersSent,
                x.Status.LastReminderAt, x.Status.Due, x.Status.BeingProcessed, x.Status.SentBackReason, x.Status.SentBackAt, x.Contributor.Email))
            .ToList();
        return new CycleListItem(input.CycleId, input.Area, input.Year, input.Quarter, cycle.Ended ? "ended" : status?.Stage ?? CycleStages.Collecting,
            input.Schedule.ContributorsDue, input.Schedule.SubmissionDue, cycle.CreatedAt, status?.TemplateVersion, contributors, status?.ApprovedAt);
    }
}
