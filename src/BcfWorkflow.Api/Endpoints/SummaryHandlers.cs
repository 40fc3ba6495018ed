using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Orchestrations.Application;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/cycles/{cycleId}/summary</c> (lead): the area return aggregated now from each contributor's
/// latest stored version, in the summary.json shape (with its warnings).</summary>
public sealed class SummaryHandlers(RequestAuth auth, CycleService cycles)
{
    public async Task<IResult> GetSummary(HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var (_, denied) = auth.Lead(request, cycleId);
        if (denied is not null)
        {
            return denied;
        }
        if (await cycles.GetCycleAsync(cycleId, cancellationToken) is not var (input, plan, _))
        {
            return ApiProblems.NotFound($"No cycle {cycleId}.");
        }
        var summary = await cycles.AggregateStoredAsync(plan, input, cancellationToken);
        using var output = new MemoryStream();
        SummaryJsonWriter.Write(summary, output);
        return Results.Bytes(output.ToArray(), TemplateFormats.ContentTypes["json"]);
    }
}
