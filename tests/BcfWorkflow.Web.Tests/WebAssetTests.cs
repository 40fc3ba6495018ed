using System.Net;
using BcfWorkflow.Api.Web;
using BcfWorkflow.Web.Tests.Support;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class WebAssetTests(WebStack stack)
{
    [Theory]
    [InlineData("/", "text/html; charset=utf-8", "no-cache")]
    [InlineData("/contributor", "text/html; charset=utf-8", "no-cache")]
    [InlineData("/lead", "text/html; charset=utf-8", "no-cache")]
    [InlineData("/static/app.css", "text/css; charset=utf-8", "public, max-age=86400")]
    [InlineData("/static/lead.js", "text/javascript; charset=utf-8", "public, max-age=86400")]
    public async Task Get_ServedPath_HasContentTypeCachingAndSecurityHeaders(string path, string contentType, string caching)
    {
        using var response = await stack.SendAsync(HttpMethod.Get, path, key: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(caching, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Get_WithCurrentETag_Is304WithoutBody()
    {
        using var first = await stack.SendAsync(HttpMethod.Get, "/static/bcf.js", key: null);

        using var second = await stack.SendAsync(HttpMethod.Get, "/static/bcf.js", key: null, ifNoneMatch: first.Headers.ETag);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_Page_LinksStaticFilesWithTheContentVersion()
    {
        using var response = await stack.SendAsync(HttpMethod.Get, "/lead", key: null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("/static/lead\\.js\\?v=[0-9a-f]{12}\"", html);
        Assert.DoesNotContain("{{version}}", html);
    }

    [Theory]
    [InlineData("/static/nothing-here.js")]
    [InlineData("/static/../Web/WebAssets.cs")]
    public async Task Get_UnknownStaticFile_Is404(string path)
    {
        using var response = await stack.SendAsync(HttpMethod.Get, path, key: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void WebAssets_Find_ServesEveryPageAndStaticFileTheHostsMap()
    {
        Assert.Equal(["/", "/contributor", "/lead"], WebAssets.PagePaths.Order());
        Assert.All(WebAssets.Paths, p => Assert.NotNull(WebAssets.Find(p)));
        Assert.Equal(WebAssets.Find("/lead"), WebAssets.Find("/lead/"));
        Assert.Null(WebAssets.Find("/admin"));
    }
}
