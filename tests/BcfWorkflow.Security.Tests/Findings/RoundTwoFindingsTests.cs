using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Security;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.Security.Tests.Findings;

/// <summary>What an attacker found in round two (issue 16), each reproduced over HTTP on the real handlers and
/// refused now: unscoped contributor keys, ids matched two ways, any content type, duplicate JSON keys, control
/// characters, years a key cannot match, and too many uploads at once.</summary>
public sealed class RoundTwoFindingsTests : IAsyncLifetime
{
    private ApiStack stack = null!;
    private string cycleId = "";

    public async Task InitializeAsync()
    {
        stack = await ApiStack.StartAsync();
        cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public void ContributorKeyWithoutAnArea_IsRefusedAtStartSayingHowToFixIt()
    {
        var options = new AuthOptions { Users = [new ApiUserOptions { Key = "k", Role = "contributor", Contributor = "blaby" }] };

        var result = new AuthOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("bcf keys add --role contributor --contributor blaby --area AREA", result.FailureMessage, StringComparison.Ordinal);
        Assert.Null(new ApiKeyCallerResolver(Options.Create(options)).Resolve(RequestWithKey("k")));
    }

    [Fact]
    public void LeadKeyWithoutAnArea_IsARegionalLead()
    {
        var options = new AuthOptions { Users = [new ApiUserOptions { Key = "k", Role = "lead" }] };

        Assert.True(new AuthOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Versions_UploadedAsBLABY_AreListedAsBLABYAndBlaby()
    {
        using (var upload = await stack.PutReturnAsync(cycleId, "BLABY", Keys.Blaby, TestPlan.Return(TestPlan.Blaby, 5), "blaby.csv"))
        {
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        }

        using var upper = await stack.SendAsync(HttpMethod.Get, $"/api/cycles/{cycleId}/returns/BLABY", Keys.Blaby);
        using var lower = await stack.SendAsync(HttpMethod.Get, $"/api/cycles/{cycleId}/returns/blaby", Keys.Blaby);

        Assert.Contains("\"version\":1", await upper.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await lower.Content.ReadAsStringAsync(), await upper.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Upload_WithAnUnexpectedContentType_Is415AndNothingStored(string contentType)
    {
        var body = new ByteArrayContent(TestPlan.Return(TestPlan.Blaby, 5));
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var response = await stack.SendAsync(HttpMethod.Put, $"/api/cycles/{cycleId}/returns/blaby", Keys.Blaby, body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }

    [Fact]
    public async Task Decision_SentAsAForm_Is415()
    {
        using var response = await stack.SendAsync(HttpMethod.Post, $"/api/cycles/{cycleId}/decision", Keys.Lead,
            new StringContent("decision=approve", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"area":"Testshire","year":"2024-25","quarter":"Q3","quarter":"Q4","contributorsDue":"2030-01-01T00:00:00Z","submissionDue":"2030-02-01T00:00:00Z"}""", "Duplicate")]
    [InlineData("""{"area":"Testshire","year":"2024-25","quarter":"Q3\u0000","contributorsDue":"2030-01-01T00:00:00Z","submissionDue":"2030-02-01T00:00:00Z"}""", "control character")]
    [InlineData("""{"area":"Testshire","year":"2024-2025","quarter":"Q3","contributorsDue":"2030-01-01T00:00:00Z","submissionDue":"2030-02-01T00:00:00Z"}""", "YYYY-YY")]
    public async Task OpenCycle_WithABodyThatReadsTwoWays_Is400(string json, string words)
    {
        using var response = await stack.SendAsync(HttpMethod.Post, "/api/cycles", Keys.Lead, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UploadSlots_ACallersThirdUploadAtOnce_IsRefusedUntilOneFinishes()
    {
        var slots = new UploadSlots();
        using var first = slots.TryTake("blaby");
        var second = slots.TryTake("blaby");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(slots.TryTake("blaby"));
        Assert.NotNull(slots.TryTake("charnwood"));
        second!.Dispose();
        Assert.NotNull(slots.TryTake("blaby"));
    }

    private static Microsoft.AspNetCore.Http.HttpRequest RequestWithKey(string key)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.Authorization = $"Bearer {key}";
        return context.Request;
    }
}
