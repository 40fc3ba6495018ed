using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET .../returns/{contributorId}/figures</c> (the lead, or that contributor): the figures of the
/// contributor's latest version scheme by scheme, what changed since the version before it and since last quarter,
/// its comments and warnings. Read again from the stored files, so it is what the area return adds up.</summary>
public sealed class ReturnFiguresHandlers(RequestAuth auth, CycleInputs cycles, IReturnStore returns, StoredReturns stored)
{
    public async Task<IResult> GetFigures(HttpRequest request, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Any(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        if (!caller!.MayActFor(contributorId))
        {
            return ApiProblems.Forbidden($"You may not see {contributorId}'s return.");
        }
        if (await cycles.FindAsync(cycleId, cancellationToken) is not var (input, plan) || plan.FindContributor(contributorId) is not { } contributor)
        {
            return ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}.");
        }

        var versions = await returns.ListVersionsAsync(cycleId, contributor.Id, cancellationToken);
        var lastQuarter = await stored.LastQuarterAsync(plan, input, contributor.Id, cancellationToken);
        var latest = versions.Count > 0 ? await stored.ReadAsync(plan, versions[^1], lastQuarter, cancellationToken) : null;
        var previous = versions.Count > 1 ? (await stored.ReadAsync(plan, versions[^2], lastQuarter, cancellationToken)).Return : null;

        var schemes = plan.SchemesOf(contributor).Select(s =>
        {
            var now = Row(latest?.Return, s.Id);
            var before = Row(previous, s.Id);
            var quarter = Row(lastQuarter, s.Id);
            return new SchemeFiguresItem(s.Id, s.Name, s.SourceOfFunding, s.PlannedExpenditure, s.PlannedOutputs, s.Units,
                now?.ExpenditureToDate, now?.OutputsDeliveredToDate, now?.Comments,
                before?.ExpenditureToDate, before?.OutputsDeliveredToDate, before?.Comments,
                quarter?.ExpenditureToDate, quarter?.OutputsDeliveredToDate);
        }).ToList();
        // A version that no longer reads against the plan (the plan changed since) shows why instead of figures.
        var warnings = (latest?.Issues ?? [])
            .Where(i => latest!.Return is null || i.Severity == IssueSeverity.Warning)
            .Select(i => new IssueDto(i.File, i.Row, i.Column, i.Message, i.Code, i.Severity == IssueSeverity.Warning ? "warning" : "error"))
            .ToList();
        return Results.Ok(new ReturnFiguresView(contributor.Id, contributor.Name, versions.Count,
            versions.Count > 0 ? Item(versions[^1]) : null, versions.Count > 1 ? Item(versions[^2]) : null,
            lastQuarter is not null, schemes, warnings));
    }

    private static ReturnRow? Row(ContributorReturn? r, string schemeId) =>
        r?.Rows.FirstOrDefault(row => string.Equals(row.SchemeId, schemeId, StringComparison.OrdinalIgnoreCase));

    private static ReturnVersionItem Item(Orchestrations.Contracts.StoredReturn v) => new(v.Ref.Version, v.SubmittedBy, v.SubmittedAt);
}
