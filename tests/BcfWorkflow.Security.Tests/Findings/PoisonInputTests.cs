using System.Net;
using System.Net.Http.Json;
using System.Text;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Findings;

/// <summary>Input that used to be accepted and then killed a contributor's workflow (issue 13): refused when posted,
/// and an upload for a workflow that has stopped is refused, never answered 202 and dropped.</summary>
public sealed class PoisonInputTests : IAsyncLifetime
{
    private ApiStack stack = null!;

    public async Task InitializeAsync() => stack = await ApiStack.StartAsync();

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("returns@blaby.example.gov.uk, b@blaby.example.gov.uk")]
    [InlineData("\"Blaby\" <returns@blaby.example.gov.uk>")]
    public async Task PostPlan_WithAContributorEmailThatIsNotOneMailbox_Is400NamingTheField(string email)
    {
        var json = Encoding.UTF8.GetString(TestPlanJson.Create())
            .Replace(TestPlan.EmailOf(TestPlan.Blaby), email.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);

        using var response = await stack.SendAsync(HttpMethod.Post, "/api/plans", Keys.Lead, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("one email address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T00:00:00Z")]
    public async Task OpenCycle_WithAnAbsurdDueDate_Is400AndNothingStarts(string due)
    {
        using var response = await stack.SendAsync(HttpMethod.Post, "/api/cycles", Keys.Lead, JsonContent.Create(new
        {
            area = TestPlan.Area, year = TestPlan.Year, quarter = "Q4", contributorsDue = DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            submissionDue = DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("check the year", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await stack.Client.GetInstanceAsync(CycleIds.Cycle(TestPlan.Area, TestPlan.Year, "Q4")));
    }

    [Fact]
    public async Task Upload_ForAContributorWhoseWorkflowStopped_Is409AndNothingStored()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
        var childId = CycleIds.Contributor(cycleId, TestPlan.Blaby);
        await stack.WaitForAsync(cycleId, s => s.Contributors.Count > 0, "the roster");
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (await stack.Client.GetInstanceAsync(childId, started.Token) is null)
            {
                await Task.Delay(50, started.Token);
            }
        }
        await stack.Client.TerminateInstanceAsync(childId);
        await stack.Client.WaitForInstanceCompletionAsync(childId);

        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, TestPlan.Return(TestPlan.Blaby, 5), "blaby.csv");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Nothing was stored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }
}
