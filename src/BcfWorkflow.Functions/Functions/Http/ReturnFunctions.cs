using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Http;

public static class ReturnFunctions
{
    /// <summary><c>PUT /api/cycles/{cycleId}/returns/{contributorId}</c>.</summary>
    [Function(nameof(PutReturn))]
    public static Task<IResult> PutReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = FunctionRoutes.Return)] HttpRequest request,
        string cycleId,
        string contributorId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Returns(client).PutReturn(request, cycleId, contributorId, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}/returns/{contributorId}</c>: the stored versions.</summary>
    [Function(nameof(ListReturnVersions))]
    public static Task<IResult> ListReturnVersions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Return)] HttpRequest request,
        string cycleId,
        string contributorId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Returns(client).ListVersions(request, cycleId, contributorId, context.CancellationToken);
}
