using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Access;

/// <summary>What a contributor sees in answers it is allowed to get: never another contributor's rows.</summary>
public sealed class ContributorIsolationTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Fact]
    public async Task GetCycle_AsOtherContributor_ShowsOnlyItsOwnRow()
    {
        using var response = await fixture.Stack.SendAsync(HttpMethod.Get, $"/api/cycles/{fixture.Collecting}", Keys.Charnwood);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var ids = body.GetProperty("contributors").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal([TestPlan.Charnwood], ids);
        Assert.DoesNotContain("blaby", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListCycles_AsOutsider_ShowsOnlyItsOwnAreasCycle()
    {
        using var response = await fixture.Stack.SendAsync(HttpMethod.Get, "/api/cycles", Keys.Outsider);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var cycles = body.EnumerateArray().Select(c => c.GetProperty("cycleId").GetString()).ToList();
        Assert.Equal([fixture.Otherton], cycles);
    }

    [Fact]
    public async Task ListCycles_AsContributor_ListsOnlyItsOwnProgress()
    {
        using var response = await fixture.Stack.SendAsync(HttpMethod.Get, "/api/cycles", Keys.Blaby);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var contributorIds = body.EnumerateArray()
            .Where(c => c.GetProperty("area").GetString() == TestPlan.Area)
            .SelectMany(c => c.GetProperty("contributors").EnumerateArray().Select(x => x.GetProperty("id").GetString()))
            .Distinct()
            .ToList();
        Assert.Equal([TestPlan.Blaby], contributorIds);
    }

    [Fact]
    public async Task AnyRoute_WithAForgedPlatformPrincipalOnTheLocalHost_IsUnauthorized()
    {
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            """{"auth_typ":"aad","claims":[{"typ":"roles","val":"bcf.lead"},{"typ":"name","val":"mallory"}]}"""));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{fixture.Collecting}/audit");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);

        using var response = await fixture.Stack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic bGVhZDpsZWFk")]
    [InlineData("bearer lead-key-7b0f2d9c-and-more")]
    [InlineData("Bearer LEAD-KEY-7B0F2D9C")]
    public async Task Me_WithAMalformedOrNearMissCredential_IsUnauthorized(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await fixture.Stack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Contributor ids are unique within a plan only, and a key names a contributor id but no area: the
    /// Testshire blaby key can act as "blaby" in any other area whose plan has a contributor "blaby".</summary>
    [Fact]
    public async Task PutReturn_WithTheSameContributorIdInAnotherArea_IsForbidden()
    {
        using var response = await fixture.Stack.PutReturnAsync(fixture.Collideshire, TestPlan.Blaby, Keys.Blaby,
            TestPlan.Return(TestPlan.Blaby, 5), "blaby.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
