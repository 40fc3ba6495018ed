using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Http;

/// <summary>The routes the web pages use beyond docs/interfaces.md (<see cref="WebApiRoutes"/>).</summary>
public static class WebApiFunctions
{
    /// <summary><c>GET /api/me</c>.</summary>
    [Function(nameof(GetMe))]
    public static IResult GetMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Me)] HttpRequest request,
        FunctionContext context) =>
        context.InstanceServices.GetRequiredService<MeHandlers>().GetMe(request);

    /// <summary><c>GET /api/cycles</c>: the cycles the caller takes part in.</summary>
    [Function(nameof(ListCycles))]
    public static Task<IResult> ListCycles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Cycles)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).CycleList(client).ListCycles(request, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}/returns/{contributorId}/prefilled.{csv,xlsx}</c>.</summary>
    [Function(nameof(GetPrefilledReturn))]
    public static Task<IResult> GetPrefilledReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.PrefilledReturn)] HttpRequest request,
        string cycleId,
        string contributorId,
        string format,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Prefilled(client).GetPrefilled(request, cycleId, contributorId, format, context.CancellationToken);

    /// <summary><c>GET /api/timetable</c> (lead): the dates offered when opening a cycle.</summary>
    [Function(nameof(GetTimetable))]
    public static IResult GetTimetable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Timetable)] HttpRequest request,
        FunctionContext context) =>
        context.InstanceServices.GetRequiredService<TimetableHandlers>().GetTimetable(request);

    /// <summary><c>GET /api/cycles/{cycleId}/summary</c> (lead).</summary>
    [Function(nameof(GetSummary))]
    public static Task<IResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Summary)] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).Summary(client).GetSummary(request, cycleId, context.CancellationToken);

    /// <summary><c>GET /api/cycles/{cycleId}/returns/{contributorId}/figures</c> (lead, or that contributor).</summary>
    [Function(nameof(GetReturnFigures))]
    public static Task<IResult> GetReturnFigures(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.ReturnFigures)] HttpRequest request,
        string cycleId,
        string contributorId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).ReturnFigures(client).GetFigures(request, cycleId, contributorId, context.CancellationToken);

    /// <summary><c>POST /api/cycles/{cycleId}/returns/{contributorId}/check</c> (that contributor): stores nothing.</summary>
    [Function(nameof(CheckReturn))]
    public static Task<IResult> CheckReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.ReturnCheck)] HttpRequest request,
        string cycleId,
        string contributorId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).ReturnFigures(client).PostCheck(request, cycleId, contributorId, context.CancellationToken);

    /// <summary><c>POST /api/cycles/{cycleId}/returns/{contributorId}/remind</c> (lead): "Remind now".</summary>
    [Function(nameof(RemindContributor))]
    public static Task<IResult> RemindContributor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionRoutes.ReturnRemind)] HttpRequest request,
        string cycleId,
        string contributorId,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        HandlerFactory.From(context).SignOff(client).PostRemind(request, cycleId, contributorId, context.CancellationToken);
}
