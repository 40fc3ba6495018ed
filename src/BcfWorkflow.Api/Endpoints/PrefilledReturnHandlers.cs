using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Orchestrations.Application;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET .../returns/{contributorId}/prefilled.{csv|xlsx}</c>: the contributor's return pre-filled with its
/// schemes and planned figures, and the figures of its last version in this cycle (else last quarter's), with a
/// file name that says what it is.</summary>
public sealed class PrefilledReturnHandlers(RequestAuth auth, CycleService cycles, StoredReturns stored)
{
    public async Task<IResult> GetPrefilled(HttpRequest request, string cycleId, string contributorId, string format, CancellationToken cancellationToken)
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
        var kind = format.ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return ApiProblems.NotFound("The pre-filled return is published as prefilled.csv or prefilled.xlsx.");
        }
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, _) || plan.FindContributor(contributorId) is not { } contributor)
        {
            return ApiProblems.NotFound($"No cycle {cycleId} with contributor {contributorId}.");
        }

        var current = await stored.LatestAsync(plan, cycleId, contributor.Id, cancellationToken);
        var known = current ?? await stored.LastQuarterAsync(plan, input, contributor.Id, cancellationToken);
        using var output = new MemoryStream();
        if (kind == "csv")
        {
            PrefilledReturnWriter.WriteCsv(plan, contributor.Id, known, keepComments: current is not null, output);
        }
        else
        {
            PrefilledReturnWriter.WriteXlsx(plan, contributor.Id, known, keepComments: current is not null, output);
        }
        return Results.File(output.ToArray(), TemplateFormats.ContentTypes[kind], $"{cycleId}-{contributor.Id}-return.{kind}");
    }
}
