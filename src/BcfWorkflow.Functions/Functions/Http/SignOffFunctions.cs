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
        HandlerFactory.From(context).SignOff(client).PostDecision(request, cycleId, context.CancellationToken);

    /// <summary><c>POST /api/cycles/{cycleId}/close</c>: the lead closes collection early.</summary>
    [Function(nameof(CloseCollection))]
    public static Task<IResult> CloseCollection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.Close)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).SignOff(client).PostClose(request, cycleId, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}/lead-answers</c>: the lead's answers (cover, national conditions, metrics).</summary>
    [Function(nameof(GetLeadAnswers))]
    public static Task<IResult> GetLeadAnswers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.LeadAnswers)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).LeadAnswers(client).Get(request, cycleId, context.CancellationToken);

    /// <summary><c>PUT /api/cycles/{cycleId}/lead-answers</c>: saves the lead's answers.</summary>
    [Function(nameof(PutLeadAnswers))]
    public static Task<IResult> PutLeadAnswers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = FunctionRoutes.LeadAnswers)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).LeadAnswers(client).Put(request, cycleId, context.CancellationToken);

    /// <summary><c>PUT /api/cycles/{cycleId}/reporting-workbook</c>: attaches NHS England's blank workbook.</summary>
    [Function(nameof(PutReportingWorkbook))]
    public static Task<IResult> PutReportingWorkbook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = FunctionRoutes.ReportingWorkbook)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).LeadAnswers(client).PutWorkbook(request, cycleId, context.CancellationToken);
}
