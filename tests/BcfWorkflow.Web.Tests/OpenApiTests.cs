using System.Net;
using System.Text.Json;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Api.Web;
using BcfWorkflow.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

/// <summary>The OpenAPI description (static/openapi.json, served by both hosts as a static file) and its reference page.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiTests(WebStack stack)
{
    static OpenApiTests() => SetDefaultExpectTimeout(30_000);

    [Fact]
    public void OpenApi_Paths_AreExactlyTheSharedRouteConstants()
    {
        var routes = typeof(ApiRoutes).GetFields().Concat(typeof(WebApiRoutes).GetFields())
            .Where(f => f.IsLiteral)
            .Select(f => "/" + (string)f.GetRawConstantValue()!)
            .ToHashSet();
        using var document = JsonDocument.Parse(WebAssets.Find("/static/openapi.json")!.Content);

        var described = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Empty(routes.Except(described));
        Assert.Empty(described.Except(routes));
        Assert.Equal("3.1.0", document.RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public void OpenApi_EveryOperation_SaysWhoMayCallAndAnswersWithDescribedShapes()
    {
        using var document = JsonDocument.Parse(WebAssets.Find("/static/openapi.json")!.Content);
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToHashSet();
        var text = document.RootElement.GetRawText();

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("x-callers").GetString()), $"{operation.Name} {path.Name}");
                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{operation.Name} {path.Name}");
            }
        }
        foreach (System.Text.RegularExpressions.Match reference in System.Text.RegularExpressions.Regex.Matches(text, "#/components/schemas/([A-Za-z]+)"))
        {
            Assert.Contains(reference.Groups[1].Value, schemas);
        }
    }

    [Fact]
    public async Task OpenApi_ServedByTheHost_AsJson()
    {
        using var response = await stack.SendAsync(HttpMethod.Get, "/static/openapi.json", key: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task ReferencePage_ListsEveryRoute_WithoutAxeViolations()
    {
        var page = await stack.NewPageAsync(null);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "API reference" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("API reference");
        using var description = await stack.SendAsync(HttpMethod.Get, "/static/openapi.json", key: null);
        using var json = System.Text.Json.JsonDocument.Parse(await description.Content.ReadAsStringAsync());
        var operations = json.RootElement.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count());
        Assert.True(operations >= 16, $"{operations} operations");
        await Expect(page.Locator("#api-routes li")).ToHaveCountAsync(operations);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PUT /api/cycles/{cycleId}/returns/{contributorId}" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "api-reference");
    }
}
