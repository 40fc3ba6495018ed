using System.Net;
using System.Net.Http.Json;
using System.Text;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Security.Tests.Formulas;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Security.Tests.Uploads;
using BcfWorkflow.Testing;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Security.Tests.Idempotency;

/// <summary>One cycle through the API with everything sent twice, and formula payloads from upload to template.</summary>
public sealed class CycleThroughApiTests : IAsyncLifetime
{
    private ApiStack stack = null!;

    public async Task InitializeAsync() => stack = await ApiStack.StartAsync();

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Cycle_EveryRequestSentTwice_HasOneOfEachAndTemplatesHoldFormulasAsText()
    {
        var started = DateTimeOffset.UtcNow;
        var cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
        using var openedAgain = await OpenAsync("Q2");

        var payloads = new Dictionary<string, string>
        {
            [TestPlan.Blaby] = FormulaText.Payloads[0], [TestPlan.Charnwood] = FormulaText.Payloads[1], [TestPlan.County] = FormulaText.Payloads[3],
        };
        var versions = new List<int>();
        foreach (var (id, payload) in payloads)
        {
            var csv = Encoding.UTF8.GetBytes($"{HostileFiles.Header}\n{SchemeOf(id)},1000,10,\"{payload.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
            for (var attempt = 0; attempt < 2; attempt++)
            {
                using var put = await stack.PutReturnAsync(cycleId, id, KeyOf(id), csv, id == TestPlan.Blaby ? "=HYPERLINK(1).csv" : $"{id}.csv");
                Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
                versions.Add((await put.Content.ReadFromJsonAsync<VersionBody>())!.Version);
            }
        }
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.AwaitingSignOff, "sign-off");
        using var approved = await DecideAsync(cycleId);
        using var approvedAgain = await DecideAsync(cycleId);
        await stack.WaitForAsync(cycleId, s => s.Stage == CycleStages.Completed, "completion");
        using var approvedAfterCompletion = await DecideAsync(cycleId);

        Assert.Equal(HttpStatusCode.Conflict, openedAgain.StatusCode);
        Assert.Equal([1, 1, 1, 1, 1, 1], versions);
        Assert.Equal(3, stack.Ports.Returns.BlobCount);
        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        Assert.Contains(approvedAgain.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict });
        Assert.Equal(HttpStatusCode.Conflict, approvedAfterCompletion.StatusCode);
        Assert.Equal([1], stack.Ports.Templates.Versions(cycleId));
        Assert.Equal(1, stack.Ports.Templates.Writes);

        var audit = await stack.Ports.Audit.ReadAsync(cycleId);
        Assert.Equal(3, audit.Count(e => e.Action == "return-submitted"));
        var decision = Assert.Single(audit, e => e.Action == "sign-off-decision");
        Assert.Equal(("BCF Lead", "127.0.0.1"), (decision.Actor, decision.From));
        Assert.InRange(decision.At, started, DateTimeOffset.UtcNow);
        Assert.Single(audit, e => e.Action == "approved");

        await AssertTemplatesHoldPayloadsAsTextAsync(cycleId, [.. payloads.Values]);
    }

    private async Task AssertTemplatesHoldPayloadsAsTextAsync(string cycleId, IReadOnlyList<string> payloads)
    {
        var csv = await (await stack.SendAsync(HttpMethod.Get, $"/api/cycles/{cycleId}/template.csv", Keys.Lead)).Content.ReadAsStringAsync();
        var xlsx = await (await stack.SendAsync(HttpMethod.Get, $"/api/cycles/{cycleId}/template.xlsx", Keys.Lead)).Content.ReadAsByteArrayAsync();
        foreach (var payload in payloads)
        {
            var core = FormulaText.Core(payload);
            Assert.All(FormulaText.CsvFieldsContaining(csv, core), f => Assert.False("=+-@\t\r".Contains(f[0], StringComparison.Ordinal), f));
            var (cells, formulas) = FormulaText.XlsxCellsContaining(xlsx, core);
            Assert.True(cells.Count > 0, $"{payload} is not in template.xlsx");
            Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType?.Value));
            Assert.Equal(0, formulas);
        }
    }

    private Task<HttpResponseMessage> DecideAsync(string cycleId) =>
        stack.SendAsync(HttpMethod.Post, $"/api/cycles/{cycleId}/decision", Keys.Lead, JsonContent.Create(new { decision = "approve", confirmIncomplete = true }));

    private Task<HttpResponseMessage> OpenAsync(string quarter) =>
        stack.SendAsync(HttpMethod.Post, "/api/cycles", Keys.Lead, JsonContent.Create(new
        {
            area = TestPlan.Area, year = TestPlan.Year, quarter,
            contributorsDue = DateTimeOffset.UtcNow.AddDays(10), submissionDue = DateTimeOffset.UtcNow.AddDays(15),
        }));

    private static string SchemeOf(string id) => id switch { TestPlan.Blaby => "39", TestPlan.Charnwood => "40", _ => "50" };

    private static string KeyOf(string id) => id switch { TestPlan.Blaby => Keys.Blaby, TestPlan.Charnwood => Keys.Charnwood, _ => Keys.County };

    private sealed record VersionBody(int Version);
}
