using System.Net;
using System.Text.Json;
using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Testing.Server;

namespace BcfWorkflow.LocalHost.Tests.Server;

/// <summary>A server with a plan and an open cycle whose contributors are due in an hour; each test makes one bad request.</summary>
public sealed class OpenCycleServer : IAsyncLifetime
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-errors-{Guid.NewGuid():N}");
    LocalServer? server;

    public const long MaxUploadBytes = 16 * 1024;
    public TestArea Area { get; } = TestArea.Create();
    public ApiClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The collection fixture is not available to a class fixture: start a small Azurite of its own.
        Azurite = new AzuriteFixture();
        await Azurite.InitializeAsync();
        server = await TestServer.StartAsync(Azurite, Area, Unique.TaskHub(), dataDir, MaxUploadBytes);
        Api = new ApiClient(server.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        (await Api.PostPlanAsync(TestArea.LeadKey, Area.PlanJson)).EnsureSuccessStatusCode();
        (await Api.OpenCycleAsync(TestArea.LeadKey, Area, now.AddHours(1), now.AddHours(2))).EnsureSuccessStatusCode();
        await Api.WaitForAsync(TestArea.LeadKey, Area.CycleId, v => v.Contributors.Count == Area.Plan.Contributors.Count);
    }

    AzuriteFixture Azurite { get; set; } = null!;

    public async Task DisposeAsync()
    {
        Api.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        await Azurite.DisposeAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}

public sealed class LocalServerErrorTests(OpenCycleServer fixture) : IClassFixture<OpenCycleServer>
{
    ApiClient Api => fixture.Api;
    string CycleId => fixture.Area.CycleId;

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Cycle_WithoutValidKey_Is401(string? key)
    {
        using var response = await Api.SendAsync(HttpMethod.Get, $"api/cycles/{CycleId}", key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Return_ContributorUploadingAnothersRows_Is403()
    {
        using var response = await Api.PutReturnAsync(TestArea.KeyOf("blaby"), CycleId, "melton", TestArea.Return("melton"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Decision_ByContributor_Is403()
    {
        using var response = await Api.DecideAsync(TestArea.KeyOf("blaby"), CycleId, new { decision = "approve", confirmIncomplete = true });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cycle_ReadByContributorNotInIt_Is403()
    {
        var other = TestArea.Create();
        (await Api.PostPlanAsync(TestArea.LeadKey, OnlyBlaby(other))).EnsureSuccessStatusCode();
        var now = DateTimeOffset.UtcNow;
        (await Api.OpenCycleAsync(TestArea.LeadKey, other, now.AddHours(1), now.AddHours(2))).EnsureSuccessStatusCode();
        await Api.WaitForAsync(TestArea.LeadKey, other.CycleId, v => v.Contributors.Count == 1);

        using var response = await Api.SendAsync(HttpMethod.Get, $"api/cycles/{other.CycleId}", TestArea.KeyOf("melton"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("api/cycles/no-such-cycle")]
    [InlineData("template.json")]
    public async Task Get_UnknownCycleOrTemplateBeforeApproval_Is404(string path)
    {
        var route = path == "template.json" ? $"api/cycles/{CycleId}/template.json" : path;
        using var response = await Api.SendAsync(HttpMethod.Get, route, TestArea.LeadKey);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenCycle_Twice_Is409()
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await Api.OpenCycleAsync(TestArea.LeadKey, fixture.Area, now.AddHours(1), now.AddHours(2));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Decision_WhileCollecting_Is409()
    {
        using var response = await Api.DecideAsync(TestArea.LeadKey, CycleId, new { decision = "approve", confirmIncomplete = true });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Return_OverTheLimit_Is413()
    {
        var huge = new byte[OpenCycleServer.MaxUploadBytes + 1];
        using var response = await Api.PutReturnAsync(TestArea.KeyOf("blaby"), CycleId, "blaby", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Return_Invalid_Is400WithErrorsAndNothingStored()
    {
        using var response = await Api.PutReturnAsync(TestArea.KeyOf("llr-icb"), CycleId, "llr-icb", TestArea.Invalid("unparseable-amount.csv"), "unparseable-amount.csv");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors").EnumerateArray().Single();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("unparseable-amount.csv", 3, "Expenditure to date (£)"),
            (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        using var versions = await Api.SendAsync(HttpMethod.Get, $"api/cycles/{CycleId}/returns/llr-icb", TestArea.LeadKey);
        Assert.Equal("[]", await versions.Content.ReadAsStringAsync());
    }

    /// <summary>The test area's plan cut down to Blaby and its schemes.</summary>
    static byte[] OnlyBlaby(TestArea area)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(area.PlanJson)!;
        var blaby = node["contributors"]!.AsArray().First(c => c!["id"]!.GetValue<string>() == "blaby")!;
        var schemes = blaby["schemes"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        node["contributors"] = new System.Text.Json.Nodes.JsonArray(blaby.DeepClone());
        node["schemes"] = new System.Text.Json.Nodes.JsonArray([.. node["schemes"]!.AsArray().Where(s => schemes.Contains(s!["id"]!.GetValue<string>())).Select(s => s!.DeepClone())]);
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
