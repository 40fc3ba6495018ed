using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Http;

public static class SignOffFunctions
{
    /// <summary><c>POST /api/cycles/{cycleId}/decision</c>.</summary>
    [Function(nameof(PostDecision))]
    public static Task<IResult> PostDecision(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.Decision)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.Create<SignOffHandlers>(context, client).PostDecision(request, cycleId, context.CancellationToken);

    /// <summary><c>POST /api/cycles/{cycleId}/close</c>: the lead closes collection early.</summary>
    [Function(nameof(CloseCollection))]
    public static Task<IResult> CloseCollection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.Close)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.Create<SignOffHandlers>(context, client).PostClose(request, cycleId, context.CancellationToken);
}
