using BcfWorkflow.Api.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace BcfWorkflow.Functions.Http;

/// <summary>The web pages and their files, served from the same embedded assets as the local host (<see cref="WebAssets"/>) at the
/// same paths. They need no key: the pages sign in themselves, and in Azure the platform's sign-in sits in front.</summary>
public static class WebPages
{
    /// <summary><c>GET /</c>: sign-in.</summary>
    [Function(nameof(HomePage))]
    public static IResult HomePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = FunctionRoutes.HomePage)] HttpRequest request) =>
        WebEndpoints.Serve(request.Path);

    /// <summary><c>GET /contributor</c>.</summary>
    [Function(nameof(ContributorPage))]
    public static IResult ContributorPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = FunctionRoutes.ContributorPage)] HttpRequest request) =>
        WebEndpoints.Serve(request.Path);

    /// <summary><c>GET /lead</c>.</summary>
    [Function(nameof(LeadPage))]
    public static IResult LeadPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = FunctionRoutes.LeadPage)] HttpRequest request) =>
        WebEndpoints.Serve(request.Path);

    /// <summary><c>GET /static/…</c>: styles and scripts (404 problem for anything else).</summary>
    [Function(nameof(StaticFile))]
    public static IResult StaticFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = FunctionRoutes.StaticFile)] HttpRequest request) =>
        WebEndpoints.Serve(request.Path);
}
