using BcfWorkflow.Functions.Http;
using BcfWorkflow.Functions.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Tests;

/// <summary>A whole cycle driven only through the app's functions: HTTP triggers in, the static orchestration and
/// activity functions running on the in-process Durable host, the template out.</summary>
public sealed class CycleThroughFunctionsTests
{
    private const string CycleId = "testshire-2024-25-q2";

    [Fact]
    public async Task Cycle_AllReturnsThenApproval_CompletesAndServesTheTemplate()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await CallAsync(harness, FunctionsHarness.LeadKey, TestPlanJson.Create(), 201, (r, c) => PlanFunctions.PostPlan(r, c));
        var due = DateTimeOffset.UtcNow.AddDays(30);
        await CallAsync(harness, FunctionsHarness.LeadKey, HttpCall.Json($$"""
            { "area": "Testshire", "year": "2024-25", "quarter": "Q2", "contributorsDue": "{{due:O}}", "submissionDue": "{{due.AddDays(7):O}}" }
            """), 202, (r, c) => CycleFunctions.OpenCycle(r, harness.Client, c));

        foreach (var contributor in TestPlan.ContributorIds)
        {
            await CallAsync(harness, FunctionsHarness.KeyOf(contributor), TestPlan.Return(contributor, 100_000m), 202,
                (r, c) => ReturnFunctions.PutReturn(r, CycleId, contributor, harness.Client, c), "text/csv");
        }
        await WaitForStageAsync(harness, CycleStages.AwaitingSignOff);
        await CallAsync(harness, FunctionsHarness.LeadKey, HttpCall.Json("""{ "decision": "approve", "confirmIncomplete": true }"""), 202,
            (r, c) => SignOffFunctions.PostDecision(r, CycleId, harness.Client, c));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var done = await harness.Client.WaitForInstanceCompletionAsync(CycleId, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal([1], harness.Templates.Versions(CycleId));
        var body = await CallAsync(harness, FunctionsHarness.LeadKey, null, 200,
            (r, c) => TemplateFunctions.GetTemplate(r, CycleId, "csv", harness.Client, c));
        Assert.StartsWith("Scheme ID,Scheme Name", body);
        Assert.All(["Blaby DFG", "Charnwood DFG", "Reablement"], scheme => Assert.Contains(scheme, body));
        // A contributor gets its own rows and the area's totals only (docs/security.md).
        var blabys = await CallAsync(harness, FunctionsHarness.KeyOf("blaby"), null, 200,
            (r, c) => TemplateFunctions.GetTemplate(r, CycleId, "csv", harness.Client, c));
        Assert.Contains("Blaby DFG", blabys);
        Assert.DoesNotContain("Charnwood DFG", blabys);
        Assert.Contains(harness.Emails.Sent, e => e.To == TestPlan.LeadEmail);
        // The SendEmail function writes the letters, linking to the app's own address (no WEBSITE_HOSTNAME here).
        Assert.All(harness.Emails.Sent, e => Assert.Contains($"http://localhost:7071/{(e.To == TestPlan.LeadEmail ? "lead" : "contributor")}?cycle={CycleId}", e.TextBody, StringComparison.Ordinal));
        Assert.All(harness.Emails.Sent, e => Assert.NotNull(e.HtmlBody));
    }

    private static async Task WaitForStageAsync(FunctionsHarness harness, string stage)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var service = harness.Cycles();
        while ((await service.GetStatusAsync(CycleId, timeout.Token))?.Stage != stage)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task<string> CallAsync(FunctionsHarness harness, string? key, byte[]? body, int expected,
        Func<Microsoft.AspNetCore.Http.HttpRequest, TestFunctionContext, Task<Microsoft.AspNetCore.Http.IResult>> function,
        string contentType = "application/json")
    {
        var request = HttpCall.Request(harness.Services, body is null ? "GET" : "POST", key, body, contentType);
        var (status, text) = await HttpCall.ExecuteAsync(function(request, harness.Context()), request);
        Assert.True(status == expected, $"expected {expected}, got {status}: {text}");
        return text;
    }
}
