using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Registers and maps the JSON routes the web pages need (<see cref="WebApiRoutes"/>); called from
/// <see cref="BcfApiEndpoints"/> so every host that maps the API has them.</summary>
public static class WebApiEndpoints
{
    public static IServiceCollection AddBcfWebApi(this IServiceCollection services)
    {
        // Those needing a DurableTaskClient are in BcfApiEndpoints.AddBcfClientHandlers.
        services.AddSingleton<StoredReturns>();
        services.AddSingleton<MeHandlers>();
        services.AddSingleton<TimetableHandlers>();
        return services;
    }

    public static IEndpointRouteBuilder MapBcfWebApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebApiRoutes.Me, (MeHandlers h, HttpRequest r) => h.GetMe(r));
        app.MapGet(WebApiRoutes.Cycles, (CycleListHandlers h, HttpRequest r, CancellationToken ct) => h.ListCycles(r, ct));
        app.MapGet(WebApiRoutes.PrefilledReturn, (PrefilledReturnHandlers h, HttpRequest r, string cycleId, string contributorId, string format, CancellationToken ct) =>
            h.GetPrefilled(r, cycleId, contributorId, format, ct));
        app.MapGet(WebApiRoutes.ReturnFigures, (ReturnFiguresHandlers h, HttpRequest r, string cycleId, string contributorId, CancellationToken ct) =>
            h.GetFigures(r, cycleId, contributorId, ct));
        app.MapPost(WebApiRoutes.ReturnCheck, (ReturnFiguresHandlers h, HttpRequest r, string cycleId, string contributorId, CancellationToken ct) =>
            h.PostCheck(r, cycleId, contributorId, ct));
        app.MapPost(WebApiRoutes.ReturnRemind, (SignOffHandlers h, HttpRequest r, string cycleId, string contributorId, CancellationToken ct) =>
            h.PostRemind(r, cycleId, contributorId, ct));
        app.MapGet(WebApiRoutes.Summary, (SummaryHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.GetSummary(r, cycleId, ct));
        app.MapGet(WebApiRoutes.Timetable, (TimetableHandlers h, HttpRequest r) => h.GetTimetable(r));
        return app;
    }
}
