using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Security.Tests.Uploads;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.SignOff;

/// <summary>The lead's parts of the return through the API: suggested, refused when wrong, saved, required complete
/// (or confirmed incomplete) for approval, and written into the template's sheets.</summary>
public sealed class LeadAnswersApiTests : IAsyncLifetime
{
    private ApiStack stack = null!;

    public async Task InitializeAsync() => stack = await ApiStack.StartAsync();

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Get_NothingSaved_SuggestionsFromThePlanAndEverythingMissing()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");

        using var json = await GetAnswersAsync(cycleId);

        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("saved").ValueKind);
        Assert.Equal(TestPlan.Area, root.GetProperty("answers").GetProperty("cover").GetProperty("healthAndWellbeingBoard").GetString());
        Assert.Equal(4, root.GetProperty("questions").GetProperty("nationalConditions").GetArrayLength());
        Assert.Equal(21, root.GetProperty("missing").GetArrayLength());
        Assert.True(root.GetProperty("editable").GetBoolean());
    }

    [Fact]
    public async Task Put_WrongAnswers_400NamingEachFieldAndNothingSaved()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");

        using var put = await PutAnswersAsync(cycleId, new
        {
            cover = new { email = "not an address" },
            nationalConditions = new[] { new { number = 9, met = true } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        using var problem = JsonDocument.Parse(await put.Content.ReadAsStringAsync());
        Assert.Equal(["cover.email", "nationalConditions.9"],
            problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Null(await stack.Ports.LeadAnswers.GetAnswersAsync(cycleId));
    }

    [Fact]
    public async Task Put_NullItemsAndSignOffDetailsThatDoNotGoWithTheAnswer_SavedWithoutThem()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");

        using var put = await stack.SendAsync(HttpMethod.Put, $"/api/cycles/{cycleId}/lead-answers", Keys.Lead, new StringContent(
            """{ "cover": { "signedOff": true, "signedOffOn": "2024-10-30", "expectedSignOffOn": "2024-11-20" }, "nationalConditions": [null, { "number": 1, "met": true }], "metrics": [null] }""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = (await stack.Ports.LeadAnswers.GetAnswersAsync(cycleId))!.Answers;
        Assert.Equal((true, new DateOnly(2024, 10, 30), (DateOnly?)null), (saved.Cover.SignedOff, saved.Cover.SignedOffOn!.Value, saved.Cover.ExpectedSignOffOn));
        Assert.Equal([new ConditionAnswer(1, true)], saved.NationalConditions);
        Assert.Empty(saved.Metrics);
    }

    [Fact]
    public async Task Approve_Incomplete_409ListingWhatIsMissing_ThenConfirmedAndRecorded()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
        var complete = CompleteAnswers();
        var partial = complete with { NationalConditions = [.. complete.NationalConditions.Skip(1)] };
        using (var saved = await PutAnswersAsync(cycleId, partial))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        await SubmitEveryReturnAsync(cycleId);
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.AwaitingSignOff, "sign-off");

        using var refused = await DecideAsync(cycleId, confirmIncomplete: null);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        using var confirmed = await DecideAsync(cycleId, confirmIncomplete: true);
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.Completed, "completion");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(problem.RootElement.GetProperty("missing").EnumerateArray(),
            m => m.GetProperty("field").GetString() == "nationalConditions.1.met");
        Assert.Equal(HttpStatusCode.Accepted, confirmed.StatusCode);
        var audit = await stack.Ports.Audit.ReadAsync(cycleId);
        var decision = Assert.Single(audit, e => e.Action == AuditActions.SignOffDecision);
        Assert.Contains("approved with the template incomplete, as the lead confirmed", decision.Detail, StringComparison.Ordinal);
        Assert.Contains("Condition 1: met, Yes or No", decision.Detail, StringComparison.Ordinal);
        Assert.Single(audit, e => e.Action == AuditActions.AnswersSaved);

        using var template = JsonDocument.Parse(await GetStringAsync($"/api/cycles/{cycleId}/template.json"));
        Assert.Equal("Incomplete Template", template.RootElement.GetProperty("templateStatus").GetString());
        Assert.Equal("Jo Lead", template.RootElement.GetProperty("leadAnswers").GetProperty("cover")[1].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Approve_AnswersChangedAfterApproval_409AndTheTemplateKeepsTheApprovedVersion()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
        using (await PutAnswersAsync(cycleId, CompleteAnswers()))
        {
        }
        await SubmitEveryReturnAsync(cycleId);
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.AwaitingSignOff, "sign-off");
        using var approved = await DecideAsync(cycleId, confirmIncomplete: true);
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.Completed, "completion");

        using var late = await PutAnswersAsync(cycleId, CompleteAnswers() with { Cover = CompleteAnswers().Cover with { CompletedBy = "Someone Else" } });
        var csv = await GetStringAsync($"/api/cycles/{cycleId}/template.answers.csv");

        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("2. Cover,,Completed by:,Jo Lead", csv, StringComparison.Ordinal);
        Assert.Equal(1, (await stack.Ports.LeadAnswers.GetAnswersAsync(cycleId))!.Version);
    }

    [Fact]
    public async Task PutWorkbook_AnotherWorkbook_400SayingWhatIsNotThereAndNothingKept()
    {
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
        using var prefilled = await stack.SendAsync(HttpMethod.Get, $"/api/cycles/{cycleId}/returns/{TestPlan.Blaby}/prefilled.xlsx", Keys.Lead);
        var content = new ByteArrayContent(await prefilled.Content.ReadAsByteArrayAsync());
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Headers.ContentDisposition = new("attachment") { FileName = "Blaby return.xlsx" };

        using var put = await stack.SendAsync(HttpMethod.Put, $"/api/cycles/{cycleId}/reporting-workbook", Keys.Lead, content);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        using var problem = JsonDocument.Parse(await put.Content.ReadAsStringAsync());
        Assert.Contains("Blaby return.xlsx", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("message").GetString()!.Contains("2. Cover", StringComparison.Ordinal));
        Assert.Null(await stack.Ports.LeadAnswers.GetWorkbookAsync(cycleId));
        using var view = await GetAnswersAsync(cycleId);
        Assert.Equal(JsonValueKind.Null, view.RootElement.GetProperty("workbook").ValueKind);
    }

    private static LeadAnswers CompleteAnswers()
    {
        var template = ReportingTemplates.For(TestPlan.Year);
        return new LeadAnswers(
            new CoverAnswers(TestPlan.Area, "Jo Lead", "jo.lead@example.gov.uk", "0116 305 0000", SignedOff: false, ExpectedSignOffOn: new DateOnly(2024, 11, 20)),
            [.. template.NationalConditions.Select((_, i) => new ConditionAnswer(i + 1, true))],
            [.. template.Metrics.Select(m => new MetricAnswer(m.Name, "On track to meet target", "None", "Fewer falls"))]);
    }

    private async Task SubmitEveryReturnAsync(string cycleId)
    {
        foreach (var (id, key, scheme) in new[] { (TestPlan.Blaby, Keys.Blaby, "39"), (TestPlan.Charnwood, Keys.Charnwood, "40"), (TestPlan.County, Keys.County, "50") })
        {
            var csv = Encoding.UTF8.GetBytes($"{HostileFiles.Header}\n{scheme},1000,10,\n");
            using var put = await stack.PutReturnAsync(cycleId, id, key, csv, $"{id}.csv");
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        }
    }

    private async Task<JsonDocument> GetAnswersAsync(string cycleId) =>
        JsonDocument.Parse(await GetStringAsync($"/api/cycles/{cycleId}/lead-answers"));

    private async Task<string> GetStringAsync(string path)
    {
        using var response = await stack.SendAsync(HttpMethod.Get, path, Keys.Lead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> PutAnswersAsync(string cycleId, object answers) =>
        stack.SendAsync(HttpMethod.Put, $"/api/cycles/{cycleId}/lead-answers", Keys.Lead, JsonContent.Create(answers, answers.GetType()));

    private Task<HttpResponseMessage> DecideAsync(string cycleId, bool? confirmIncomplete) =>
        stack.SendAsync(HttpMethod.Post, $"/api/cycles/{cycleId}/decision", Keys.Lead, JsonContent.Create(new { decision = "approve", confirmIncomplete }));
}
