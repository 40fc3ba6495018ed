using BcfWorkflow.Api.Web;
using BcfWorkflow.Functions.Http;
using BcfWorkflow.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Tests;

/// <summary>The page triggers serve the local host's embedded files at the local host's paths.</summary>
public sealed class WebPagesTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    /// <summary>Each page path and the trigger that serves it.</summary>
    private static readonly IReadOnlyDictionary<string, Func<HttpRequest, IResult>> PageTriggers = new Dictionary<string, Func<HttpRequest, IResult>>
    {
        ["/"] = WebPages.HomePage,
        ["/contributor"] = WebPages.ContributorPage,
        ["/lead"] = WebPages.LeadPage,
    };

    [Fact]
    public void PageTriggers_CoverEveryPage_TheLocalHostServes()
    {
        Assert.Equal(WebAssets.PagePaths.Order(), PageTriggers.Keys.Order());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/contributor")]
    [InlineData("/lead")]
    [InlineData("/static/app.css")]
    [InlineData("/static/lead.js")]
    [InlineData("/static/openapi.json")]
    [InlineData("/static/api.html")]
    public async Task Get_ServedPath_IsTheEmbeddedFileWithItsHeaders(string path)
    {
        var expected = WebAssets.Find(path)!;
        var request = Request("GET", path);

        var (status, body) = await ExecuteAsync(Trigger(path)(request), request);

        Assert.Equal(200, status);
        Assert.Equal(expected.Content.ToArray(), body);
        Assert.Equal(expected.ContentType, request.HttpContext.Response.ContentType);
        Assert.Equal(expected.ETag, request.HttpContext.Response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task Head_Page_HasHeadersWithoutBody()
    {
        var request = Request("HEAD", "/lead");

        var (status, body) = await ExecuteAsync(WebPages.LeadPage(request), request);

        Assert.Equal(200, status);
        Assert.Empty(body);
        Assert.Equal(WebAssets.Find("/lead")!.Content.Length, request.HttpContext.Response.ContentLength);
    }

    [Theory]
    [InlineData("/static/nothing-here.js")]
    [InlineData("/static/../Web/WebAssets.cs")]
    public async Task Get_UnknownStaticFile_Is404Problem(string path)
    {
        var request = Request("GET", path);

        var (status, _) = await ExecuteAsync(WebPages.StaticFile(request), request);

        Assert.Equal(404, status);
        Assert.StartsWith("application/problem+json", request.HttpContext.Response.ContentType);
    }

    private static Func<HttpRequest, IResult> Trigger(string path) =>
        PageTriggers.GetValueOrDefault(path) ?? WebPages.StaticFile;

    private static HttpRequest Request(string method, string path)
    {
        var request = HttpCall.Request(Services, method);
        request.Path = path;
        return request;
    }

    private static async Task<(int Status, byte[] Body)> ExecuteAsync(IResult result, HttpRequest request)
    {
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        return (response.StatusCode, ((MemoryStream)response.Body).ToArray());
    }
}
