using BcfWorkflow.Api.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BcfWorkflow.Api.Web;

/// <summary>Maps the web pages ("/", "/contributor", "/lead") and their files ("/static/…") for GET and HEAD.</summary>
public static class WebEndpoints
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapBcfWeb(this IEndpointRouteBuilder app)
    {
        foreach (var page in WebAssets.PagePaths)
        {
            app.MapMethods(page, Methods, (HttpRequest r) => Serve(r.Path));
        }
        app.MapMethods("/static/{**file}", Methods, (HttpRequest r) => Serve(r.Path));
        return app;
    }

    /// <summary>The response for a path: the file, or a 404 problem.</summary>
    public static IResult Serve(PathString path) =>
        WebAssets.Find(path.Value ?? "/") is { } asset ? new WebAssetResult(asset) : ApiProblems.NotFound("There is no page at this address.");
}
