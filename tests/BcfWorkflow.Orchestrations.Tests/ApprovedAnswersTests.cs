using System.Text.Json;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Tests.Support;
using BcfWorkflow.Testing;
using static BcfWorkflow.Testing.TestPlan;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>The template is written from the lead's answers the approval names; should the store have lost that
/// version (the local host's storage can lose its last seconds in a crash), from the latest it has, never not at all.</summary>
public sealed class ApprovedAnswersTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);
    private CycleHarness harness = null!;

    public async Task InitializeAsync() => harness = await CycleHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData(1, "Jo Lead")]   // the version approved
    [InlineData(7, "Sam Lead")]  // a version the store no longer has: the latest it has
    public async Task Approve_TemplateHoldsTheAnswersTheApprovalNames_OrTheLatestKept(int approvedVersion, string expectedCompletedBy)
    {
        var cycleId = await harness.OpenAsync(Long, Long, CycleHarness.Seconds([0, 120]));
        await harness.LeadAnswers.SaveAnswersAsync(cycleId, Answers("Jo Lead"), "BCF Lead", DateTimeOffset.UtcNow);
        await harness.LeadAnswers.SaveAnswersAsync(cycleId, Answers("Sam Lead"), "BCF Lead", DateTimeOffset.UtcNow);
        foreach (var id in ContributorIds)
        {
            await harness.SubmitAsync(cycleId, id, 1_000);
        }
        await harness.WaitForSignOffAsync(cycleId, round: 1);

        await harness.Service.DecideAsync(cycleId, new SignOffDecision("approve"), "BCF Lead", basis: new ApprovalBasis(approvedVersion, null));
        await harness.WaitForCompletionAsync(cycleId);

        using var template = JsonDocument.Parse((await harness.Templates.OpenLatestAsync(cycleId, "json"))!);
        var completedBy = template.RootElement.GetProperty("leadAnswers").GetProperty("cover").EnumerateArray()
            .Single(q => q.GetProperty("key").GetString() == CoverQuestionKeys.CompletedBy).GetProperty("answer").GetString();
        Assert.Equal(expectedCompletedBy, completedBy);
    }

    private static LeadAnswers Answers(string completedBy) => LeadAnswers.Empty with { Cover = new CoverAnswers(CompletedBy: completedBy) };
}
