using BcfWorkflow.Functions.Http;
using BcfWorkflow.Functions.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Functions.Tests;

/// <summary>The HTTP triggers, called as the worker calls them, over the shared handlers, the in-memory ports and the
/// in-process Durable host.</summary>
public sealed class HttpFunctionTests : IAsyncLifetime
{
    private FunctionsHarness harness = null!;

    public async Task InitializeAsync() => harness = await FunctionsHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData(null, 401)]
    [InlineData("not-a-key", 401)]
    [InlineData("test-blaby-key", 403)]
    [InlineData(FunctionsHarness.LeadKey, 201)]
    public async Task PostPlan_ByCaller_ReturnsStatus(string? key, int expected)
    {
        var (status, _) = await PostPlanAsync(key);

        Assert.Equal(expected, status);
        Assert.Equal(expected == 201, await harness.Plans.GetAsync(TestPlan.Area, TestPlan.Year) is not null);
    }

    [Fact]
    public async Task OpenCycle_SameCycleTwice_Returns202ThenConflict()
    {
        await PostPlanAsync(FunctionsHarness.LeadKey);

        var (first, body) = await OpenCycleAsync();
        var (second, _) = await OpenCycleAsync();

        Assert.Equal(202, first);
        Assert.Contains("\"cycleId\":\"testshire-2024-25-q2\"", body);
        Assert.Equal(409, second);
    }

    [Fact]
    public async Task OpenCycle_WithoutPlan_Returns404()
    {
        var (status, _) = await OpenCycleAsync();

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task GetCycle_UnknownCycle_Returns404()
    {
        var request = HttpCall.Request(harness.Services, "GET", FunctionsHarness.LeadKey);

        var (status, _) = await HttpCall.ExecuteAsync(CycleFunctions.GetCycle(request, "nowhere-2024-25-q2", harness.Client, harness.Context()), request);

        Assert.Equal(404, status);
    }

    [Theory]
    [InlineData("test-blaby-key", "blaby", 202)]
    [InlineData("test-blaby-key", "charnwood", 403)]
    [InlineData(FunctionsHarness.LeadKey, "blaby", 403)]
    [InlineData(null, "blaby", 401)]
    public async Task PutReturn_ByCallerForContributor_ReturnsStatus(string? key, string contributorId, int expected)
    {
        await PostPlanAsync(FunctionsHarness.LeadKey);
        await OpenCycleAsync();
        var request = HttpCall.Request(harness.Services, "PUT", key, TestPlan.Return(contributorId, 100_000m), "text/csv");

        var (status, _) = await HttpCall.ExecuteAsync(
            ReturnFunctions.PutReturn(request, "testshire-2024-25-q2", contributorId, harness.Client, harness.Context()), request);

        Assert.Equal(expected, status);
        Assert.Equal(expected == 202 ? 1 : 0, harness.Returns.BlobCount);
    }

    [Fact]
    public async Task PutReturn_InvalidFile_Returns400WithProblemsAndStoresNothing()
    {
        await PostPlanAsync(FunctionsHarness.LeadKey);
        await OpenCycleAsync();
        var request = HttpCall.Request(harness.Services, "PUT", FunctionsHarness.KeyOf("blaby"),
            HttpCall.Json("Scheme ID,Expenditure to date (£)\n99,12\n"), "text/csv");

        var (status, body) = await HttpCall.ExecuteAsync(
            ReturnFunctions.PutReturn(request, "testshire-2024-25-q2", "blaby", harness.Client, harness.Context()), request);

        Assert.Equal(400, status);
        Assert.Contains("\"errors\"", body);
        Assert.Equal(0, harness.Returns.BlobCount);
    }

    [Fact]
    public async Task PostDecision_WhileCollecting_Returns409()
    {
        await PostPlanAsync(FunctionsHarness.LeadKey);
        await OpenCycleAsync();
        var request = HttpCall.Request(harness.Services, "POST", FunctionsHarness.LeadKey, HttpCall.Json("""{ "decision": "approve", "confirmIncomplete": true }"""));

        var (status, _) = await HttpCall.ExecuteAsync(
            SignOffFunctions.PostDecision(request, "testshire-2024-25-q2", harness.Client, harness.Context()), request);

        Assert.Equal(409, status);
    }

    [Fact]
    public async Task GetTemplate_BeforeApproval_Returns404()
    {
        await PostPlanAsync(FunctionsHarness.LeadKey);
        await OpenCycleAsync();
        var request = HttpCall.Request(harness.Services, "GET", FunctionsHarness.LeadKey);

        var (status, body) = await HttpCall.ExecuteAsync(
            TemplateFunctions.GetTemplate(request, "testshire-2024-25-q2", "csv", harness.Client, harness.Context()), request);

        Assert.Equal(404, status);
        Assert.Contains("no approved template", body);
    }

    [Theory]
    [InlineData(FunctionsHarness.LeadKey, 200)]
    [InlineData("test-county-key", 403)]
    public async Task GetAudit_ByCaller_ReturnsStatus(string key, int expected)
    {
        var request = HttpCall.Request(harness.Services, "GET", key);

        var (status, _) = await HttpCall.ExecuteAsync(
            TemplateFunctions.GetAudit(request, "testshire-2024-25-q2", harness.Client, harness.Context()), request);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Health_WithoutKey_Returns200()
    {
        var request = HttpCall.Request(harness.Services, "GET");

        var (status, body) = await HttpCall.ExecuteAsync(HealthFunction.Run(request, harness.Context()), request);

        Assert.Equal(200, status);
        Assert.Contains("healthy", body);
    }

    private async Task<(int Status, string Body)> PostPlanAsync(string? key)
    {
        var request = HttpCall.Request(harness.Services, "POST", key, TestPlanJson.Create());
        return await HttpCall.ExecuteAsync(PlanFunctions.PostPlan(request, harness.Context()), request);
    }

    private async Task<(int Status, string Body)> OpenCycleAsync()
    {
        var due = DateTimeOffset.UtcNow.AddDays(30);
        var request = HttpCall.Request(harness.Services, "POST", FunctionsHarness.LeadKey, HttpCall.Json($$"""
            { "area": "{{TestPlan.Area}}", "year": "{{TestPlan.Year}}", "quarter": "Q2",
              "contributorsDue": "{{due:O}}", "submissionDue": "{{due.AddDays(7):O}}" }
            """));
        return await HttpCall.ExecuteAsync(CycleFunctions.OpenCycle(request, harness.Client, harness.Context()), request);
    }
}
