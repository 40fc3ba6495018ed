using System.Net.Http.Json;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Access;

/// <summary>Every route of ApiRoutes and WebApiRoutes, for every role, against the real handlers over HTTP.</summary>
public sealed class AccessTableTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Theory]
    [MemberData(nameof(AccessTable.Rows), MemberType = typeof(AccessTable))]
    public async Task Route_CalledByRole_GetsTheTablesStatus(string route, Role role, int expected)
    {
        var routeCase = AccessTable.Cases.Single(c => c.Name == route);

        using var response = await fixture.Stack.SendAsync(new HttpMethod(routeCase.Method), routeCase.Path, RoleKeys.For(role), Body(routeCase));

        Assert.True(expected == (int)response.StatusCode,
            $"{route} as {role}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public void AccessTable_CoversEveryRouteConstant()
    {
        var templates = typeof(Api.Endpoints.ApiRoutes).GetFields().Concat(typeof(Api.Endpoints.WebApiRoutes).GetFields())
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .ToList();

        var covered = AccessTable.Cases.Select(c => c.Path.TrimStart('/').Split('?')[0]).ToList();

        Assert.All(templates, template => Assert.Contains(covered, path => Matches(template, path)));
    }

    private static bool Matches(string template, string path)
    {
        var pattern = "^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(template), @"\\\{[a-zA-Z]+}", "[^/]+") + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(path, pattern);
    }

    private static HttpContent? Body(RouteCase routeCase) => (routeCase.Method, routeCase.Name) switch
    {
        ("POST", "POST plans") => new ByteArrayContent(TestPlanJson.Create()),
        ("POST", "POST cycles (open Q4)") => JsonContent.Create(new
        {
            area = TestPlan.Area, year = TestPlan.Year, quarter = "Q4",
            contributorsDue = DateTimeOffset.UtcNow.AddDays(10), submissionDue = DateTimeOffset.UtcNow.AddDays(15),
        }),
        ("POST", _) when routeCase.Path.EndsWith("/decision", StringComparison.Ordinal) => JsonContent.Create(new { decision = "approve", confirmIncomplete = true }),
        ("PUT", _) when routeCase.Path.EndsWith("/lead-answers", StringComparison.Ordinal) =>
            JsonContent.Create(new { cover = new { completedBy = "Jo Lead", email = "jo.lead@example.gov.uk" } }),
        ("PUT", _) when routeCase.Path.EndsWith("/reporting-workbook", StringComparison.Ordinal) => new ByteArrayContent("not a workbook"u8.ToArray()),
        ("PUT", _) => CsvBody(TestPlan.Return(TestPlan.Blaby, 2000)),
        ("POST", _) when routeCase.Path.EndsWith("/check", StringComparison.Ordinal) => CsvBody(TestPlan.Return(TestPlan.Blaby, 2000)),
        _ => null,
    };

    private static ByteArrayContent CsvBody(byte[] csv)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new("text/csv");
        content.Headers.ContentDisposition = new("attachment") { FileName = "blaby.csv" };
        return content;
    }
}
