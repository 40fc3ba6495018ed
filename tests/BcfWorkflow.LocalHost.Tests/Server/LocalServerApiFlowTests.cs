using System.IO.Compression;
using System.Net;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;

namespace BcfWorkflow.LocalHost.Tests.Server;

[Collection(AzuriteCollection.Name)]
public sealed class LocalServerApiFlowTests(AzuriteFixture azurite) : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-server-{Guid.NewGuid():N}");

    [Fact]
    public async Task Server_EveryContributorUploadsAndLeadApproves_TemplatesMatchAggregateOfTheSameFiles()
    {
        var area = TestArea.Create();
        await using var server = await TestServer.StartAsync(azurite, area, Unique.TaskHub(), dataDir);
        using var api = new ApiClient(server.BaseAddress);
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.Created, (await api.PostPlanAsync(TestArea.LeadKey, area.PlanJson)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.OpenCycleAsync(TestArea.LeadKey, area, now.AddHours(1), now.AddHours(2))).StatusCode);
        foreach (var contributor in area.Plan.Contributors)
        {
            var put = await api.PutReturnAsync(TestArea.KeyOf(contributor.Id), area.CycleId, contributor.Id, TestArea.Return(contributor.Id), contributor.Id + ".csv");
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        }
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.AwaitingSignOff);
        Assert.Equal(HttpStatusCode.Accepted, (await api.DecideAsync(TestArea.LeadKey, area.CycleId, new { decision = "approve", confirmIncomplete = true })).StatusCode);
        await api.WaitForAsync(TestArea.LeadKey, area.CycleId, v => v.Stage == CycleStages.Completed);

        // Without Email:PublicBaseUrl every email links to this server's own pages; none names an API route.
        var emails = Directory.GetFiles(Path.Combine(dataDir, "outbox"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).ToList();
        Assert.Equal(area.Plan.Contributors.Count * 2 + 2, emails.Count);
        Assert.All(emails, mail =>
        {
            Assert.IsType<MimeKit.MultipartAlternative>(mail.Body);
            var page = mail.To.Mailboxes.Single().Address == area.Plan.Lead.Email ? "lead" : "contributor";
            Assert.Contains($"{server.BaseAddress}{page}?cycle={area.CycleId}", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("/api/", mail.Subject + mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        });

        var expected = ExpectedSummary(area.Plan);
        var json = await DownloadAsync(api, area.CycleId, "json", TestArea.LeadKey);
        var actual = SummaryJsonReader.Read(new MemoryStream(json));
        Assert.Equal(SummaryDocument.From(expected).RunningBalances, actual.RunningBalances);
        Assert.Equal(SummaryDocument.From(expected).RequiredSpend, actual.RequiredSpend);
        Assert.Equal(area.Plan.Schemes.Count, actual.Schemes.Count);

        // A contributor gets its own rows and the area's totals, not the other contributors' rows and comments.
        var blabys = SummaryJsonReader.Read(new MemoryStream(await DownloadAsync(api, area.CycleId, "json", TestArea.KeyOf("blaby"))));
        Assert.Equal(area.Plan.Contributors.Single(c => c.Id == "blaby").SchemeIds, blabys.Schemes.Select(s => s.Id));
        Assert.Equal(actual.RunningBalances, blabys.RunningBalances);

        using var expectedCsv = new MemoryStream();
        TemplateCsvWriter.Write(expected, expectedCsv);
        Assert.Equal(expectedCsv.ToArray(), await DownloadAsync(api, area.CycleId, "csv", TestArea.LeadKey));

        using var xlsx = new ZipArchive(new MemoryStream(await DownloadAsync(api, area.CycleId, "xlsx", TestArea.LeadKey)));
        var total = SummaryDocument.From(expected).RunningBalances.Single(b => b.Source == "Total").ExpenditureToDate;
        var sheets = xlsx.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        Assert.Contains(sheets, xml => xml.Contains($"<x:v>{total.ToString(System.Globalization.CultureInfo.InvariantCulture)}</x:v>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_Health_ReportsStorageAndEngineOk()
    {
        var area = TestArea.Create();
        await using var server = await TestServer.StartAsync(azurite, area, Unique.TaskHub(), dataDir);
        using var api = new ApiClient(server.BaseAddress);

        using var response = await api.SendAsync(HttpMethod.Get, "api/health", key: null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"storage\":\"ok\"", body, StringComparison.Ordinal);
        Assert.Contains("\"engine\":\"ok\"", body, StringComparison.Ordinal);
    }

    /// <summary>What <c>bcf aggregate</c> computes for the same files: the domain directly.</summary>
    static AreaSummary ExpectedSummary(Plan plan)
    {
        var returns = plan.Contributors.Select(c =>
        {
            using var file = File.OpenRead(TestArea.ReturnPath(c.Id));
            return ReturnReader.Read(plan, c.Id, file, c.Id + ".csv").Return!;
        }).ToList();
        return AreaAggregator.Aggregate(plan, Quarter.Parse("Q2"), returns);
    }

    static async Task<byte[]> DownloadAsync(ApiClient api, string cycleId, string format, string key)
    {
        using var response = await api.SendAsync(HttpMethod.Get, $"api/cycles/{cycleId}/template.{format}", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
