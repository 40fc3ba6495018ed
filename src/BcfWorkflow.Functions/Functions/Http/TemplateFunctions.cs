using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Http;

public static class TemplateFunctions
{
    /// <summary><c>GET /api/cycles/{cycleId}/template.{json,csv,xlsx}</c>.</summary>
    [Function(nameof(GetTemplate))]
    public static Task<IResult> GetTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Template)] HttpRequest request,
        string cycleId,
        string format,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Templates(client).GetTemplate(request, cycleId, format, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}/audit</c>.</summary>
    [Function(nameof(GetAudit))]
    public static Task<IResult> GetAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Audit)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Templates(client).GetAudit(request, cycleId, context.CancellationToken);
}
