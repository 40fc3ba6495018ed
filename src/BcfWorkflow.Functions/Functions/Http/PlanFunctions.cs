using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Http;

public static class PlanFunctions
{
    /// <summary><c>POST /api/plans</c>.</summary>
    [Function(nameof(PostPlan))]
    public static Task<IResult> PostPlan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.Plans)] HttpRequest request,
        FunctionContext context) =>
        context.InstanceServices.GetRequiredService<PlanHandlers>().PostPlan(request, context.CancellationToken);
}
