using BcfWorkflow.Api.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.Functions.Http;

public static class HealthFunction
{
    /// <summary><c>GET /api/health</c>; no key needed (behind the platform's sign-in a token still is).</summary>
    [Function("Health")]
    public static Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionRoutes.Health)] HttpRequest request,
        FunctionContext context) =>
        HealthHandlers.GetHealth(context.InstanceServices.GetRequiredService<HealthCheckService>(), context.CancellationToken);
}
