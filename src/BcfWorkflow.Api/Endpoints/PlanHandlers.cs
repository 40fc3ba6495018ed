using BcfWorkflow.Api.Problems;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>POST /api/plans</c>: the lead stores an area's plan for the year.</summary>
public sealed class PlanHandlers(RequestAuth auth, IPlanStore plans, IOptions<ApiOptions> options)
{
    public async Task<IResult> PostPlan(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, denied) = auth.Lead(request);
        if (denied is not null)
        {
            return denied;
        }
        var body = await UploadReader.ReadLimitedAsync(request, options.Value.MaxPlanBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.TooLarge(options.Value.MaxPlanBytes);
        }

        var fileName = UploadReader.FileName(request, "plan.json");
        PlanReadResult read;
        using (var stream = new MemoryStream(body, writable: false))
        {
            read = PlanReader.Read(stream, fileName);
        }
        if (!read.IsValid)
        {
            return ApiProblems.Invalid("The plan has problems; nothing was stored.", read.Issues);
        }

        var plan = read.Plan!;
        if (!caller!.CoversArea(plan.Area))
        {
            return ApiProblems.Forbidden($"Your key is for {caller.Area}, not {plan.Area}.");
        }
        await plans.SaveAsync(plan, cancellationToken);
        return Results.Created($"/api/plans/{Uri.EscapeDataString(plan.Area)}/{Uri.EscapeDataString(plan.Year)}",
            new { area = plan.Area, year = plan.Year, contributors = plan.Contributors.Count, schemes = plan.Schemes.Count });
    }
}
