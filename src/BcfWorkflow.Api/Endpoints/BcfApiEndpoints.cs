using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Registers the handlers and maps them as minimal-API routes (the local host). The Functions app calls the
/// same handler methods from its HTTP triggers.</summary>
public static class BcfApiEndpoints
{
    /// <summary>Everything, for a host with one <c>DurableTaskClient</c> in DI (the local host).</summary>
    public static IServiceCollection AddBcfApi(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBcfApiWithoutClient(configuration).AddBcfClientHandlers();

    /// <summary>Everything but <see cref="AddBcfClientHandlers"/>: for the Functions app, whose client comes per
    /// invocation from its binding.</summary>
    public static IServiceCollection AddBcfApiWithoutClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICallerResolver, ApiKeyCallerResolver>();
        services.Configure<FailedAuthOptions>(configuration.GetSection(FailedAuthOptions.Section));
        services.TryAddSingleton<FailedAuthLimiter>();
        services.TryAddSingleton<AccessLogSampler>();
        services.TryAddSingleton<UploadSlots>();
        services.TryAddSingleton<AccessAudit>();
        services.AddSingleton<RequestAuth>();
        services.AddSingleton<PlanHandlers>();
        services.AddSingleton<ContributorUploads>();
        services.AddHealthChecks();
        services.AddBcfWebApi();
        return services;
    }

    /// <summary>The handlers built on a <c>DurableTaskClient</c> (through CycleService or LeadAnswersService); the
    /// Functions app builds exactly these per invocation (its HandlerFactory).</summary>
    public static IServiceCollection AddBcfClientHandlers(this IServiceCollection services)
    {
        services.AddSingleton<CycleHandlers>();
        services.AddSingleton<ReturnHandlers>();
        services.AddSingleton<SignOffHandlers>();
        services.AddSingleton<TemplateHandlers>();
        services.AddSingleton<LeadAnswersHandlers>();
        services.AddSingleton<CycleListHandlers>();
        services.AddSingleton<PrefilledReturnHandlers>();
        services.AddSingleton<SummaryHandlers>();
        services.AddSingleton<ReturnFiguresHandlers>();
        return services;
    }

    public static IEndpointRouteBuilder MapBcfApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.Plans, (PlanHandlers h, HttpRequest r, CancellationToken ct) => h.PostPlan(r, ct));
        app.MapPost(ApiRoutes.Cycles, (CycleHandlers h, HttpRequest r, CancellationToken ct) => h.OpenCycle(r, ct));
        app.MapGet(ApiRoutes.Cycle, (CycleHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.GetCycle(r, cycleId, ct));
        app.MapPut(ApiRoutes.Return, (ReturnHandlers h, HttpRequest r, string cycleId, string contributorId, CancellationToken ct) =>
            h.PutReturn(r, cycleId, contributorId, ct));
        app.MapGet(ApiRoutes.Return, (ReturnHandlers h, HttpRequest r, string cycleId, string contributorId, CancellationToken ct) =>
            h.ListVersions(r, cycleId, contributorId, ct));
        app.MapPost(ApiRoutes.Decision, (SignOffHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.PostDecision(r, cycleId, ct));
        app.MapPost(ApiRoutes.Close, (SignOffHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.PostClose(r, cycleId, ct));
        app.MapGet(ApiRoutes.Template, (TemplateHandlers h, HttpRequest r, string cycleId, string format, CancellationToken ct) =>
            h.GetTemplate(r, cycleId, format, ct));
        app.MapGet(ApiRoutes.LeadAnswers, (LeadAnswersHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.Get(r, cycleId, ct));
        app.MapPut(ApiRoutes.LeadAnswers, (LeadAnswersHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.Put(r, cycleId, ct));
        app.MapPut(ApiRoutes.ReportingWorkbook, (LeadAnswersHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.PutWorkbook(r, cycleId, ct));
        app.MapGet(ApiRoutes.Audit, (TemplateHandlers h, HttpRequest r, string cycleId, CancellationToken ct) => h.GetAudit(r, cycleId, ct));
        app.MapGet(ApiRoutes.Health, HealthHandlers.GetHealth);
        app.MapBcfWebApi();
        return app;
    }
}
