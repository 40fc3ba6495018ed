using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Http;

public static class CycleFunctions
{
    /// <summary><c>POST /api/cycles</c>.</summary>
    [Function(nameof(OpenCycle))]
    public static Task<IResult> OpenCycle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.Cycles)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Cycle(client).OpenCycle(request, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}</c>.</summary>
    [Function(nameof(GetCycle))]
    public static Task<IResult> GetCycle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Cycle)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Cycle(client).GetCycle(request, cycleId, context.CancellationToken);
}
