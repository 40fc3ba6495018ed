using System.Reflection;
using System.Text.Json;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Http;

namespace BcfWorkflow.Functions.Tests;

/// <summary>The function index the worker SDK generates at build (functions.metadata), which the Functions host loads.</summary>
public sealed class FunctionMetadataTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Functions = new(Load);

    public static TheoryData<string, string, string?, string?> Expected => new()
    {
        { "PostPlan", "httpTrigger", "post", "api/plans" },
        { "OpenCycle", "httpTrigger", "post", "api/cycles" },
        { "GetCycle", "httpTrigger", "get", "api/cycles/{cycleId}" },
        { "PutReturn", "httpTrigger", "put", "api/cycles/{cycleId}/returns/{contributorId}" },
        { "ListReturnVersions", "httpTrigger", "get", "api/cycles/{cycleId}/returns/{contributorId}" },
        { "PostDecision", "httpTrigger", "post", "api/cycles/{cycleId}/decision" },
        { "CloseCollection", "httpTrigger", "post", "api/cycles/{cycleId}/close" },
        { "GetTemplate", "httpTrigger", "get", "api/cycles/{cycleId}/template.{format}" },
        { "GetAudit", "httpTrigger", "get", "api/cycles/{cycleId}/audit" },
        { "Health", "httpTrigger", "get", "api/health" },
        { "GetMe", "httpTrigger", "get", "api/me" },
        { "ListCycles", "httpTrigger", "get", "api/cycles" },
        { "GetPrefilledReturn", "httpTrigger", "get", "api/cycles/{cycleId}/returns/{contributorId}/prefilled.{format}" },
        { "GetSummary", "httpTrigger", "get", "api/cycles/{cycleId}/summary" },
        { "GetReturnFigures", "httpTrigger", "get", "api/cycles/{cycleId}/returns/{contributorId}/figures" },
        { "CheckReturn", "httpTrigger", "post", "api/cycles/{cycleId}/returns/{contributorId}/check" },
        { "RemindContributor", "httpTrigger", "post", "api/cycles/{cycleId}/returns/{contributorId}/remind" },
        { "GetTimetable", "httpTrigger", "get", "api/timetable" },
        { "GetLeadAnswers", "httpTrigger", "get", "api/cycles/{cycleId}/lead-answers" },
        { "PutLeadAnswers", "httpTrigger", "put", "api/cycles/{cycleId}/lead-answers" },
        { "PutReportingWorkbook", "httpTrigger", "put", "api/cycles/{cycleId}/reporting-workbook" },
        { "HomePage", "httpTrigger", "get,head", "{ignored:maxlength(0)?}" },
        { "ContributorPage", "httpTrigger", "get,head", "contributor" },
        { "LeadPage", "httpTrigger", "get,head", "lead" },
        { "StaticFile", "httpTrigger", "get,head", "static/{*file}" },
        { "QuarterlyCycleOrchestrator", "orchestrationTrigger", null, null },
        { "ContributorOrchestrator", "orchestrationTrigger", null, null },
        { "LoadCycleRoster", "activityTrigger", null, null },
        { "SendEmail", "activityTrigger", null, null },
        { "AggregateAreaReturn", "activityTrigger", null, null },
        { "EmitTemplate", "activityTrigger", null, null },
        { "AppendAudit", "activityTrigger", null, null },
        { "FindUnappliedReturns", "activityTrigger", null, null },
        { "OpenQuarterCycles", "timerTrigger", null, null },
        { "ReconcileReturns", "timerTrigger", null, null },
        { "ProcessIncomingReturn", "blobTrigger", null, null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Metadata_ExpectedFunction_HasItsTriggerMethodAndRoute(string name, string triggerType, string? method, string? route)
    {
        Assert.True(Functions.Value.TryGetValue(name, out var function), $"{name} is not in functions.metadata");
        var trigger = Trigger(function);
        Assert.Equal(triggerType, trigger.GetProperty("type").GetString());
        if (method is not null)
        {
            Assert.Equal(method, string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant())));
            Assert.Equal(route, trigger.GetProperty("route").GetString());
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        }
    }

    [Fact]
    public void Metadata_EveryFunction_IsExpected()
    {
        Assert.Equal(Expected.Select(row => (string)row[0]).Order(), Functions.Value.Keys.Order());
    }

    [Fact]
    public void Metadata_FunctionsThatUseTheCycle_HaveADurableClientBinding()
    {
        string[] withoutClient = ["PostPlan", "Health", "GetMe", "GetTimetable", "HomePage", "ContributorPage", "LeadPage", "StaticFile"];
        var needing = Functions.Value.Where(f => Trigger(f.Value).GetProperty("type").GetString() is "httpTrigger" or "timerTrigger" or "blobTrigger")
            .Select(f => f.Key).Except(withoutClient).ToList();
        Assert.Equal(20, needing.Count);
        Assert.All(needing, name => Assert.Contains(Bindings(Functions.Value[name]), b => b.GetProperty("type").GetString() == "durableClient"));
    }

    [Fact]
    public void Metadata_Timer_TakesItsScheduleFromTheSetting()
    {
        Assert.Equal("%OpenCyclesSchedule%", Trigger(Functions.Value["OpenQuarterCycles"]).GetProperty("schedule").GetString());
    }

    [Fact]
    public void Metadata_BlobTrigger_WatchesIncomingThroughEventGridOnTheStorageConnection()
    {
        var trigger = Trigger(Functions.Value["ProcessIncomingReturn"]);
        Assert.Equal("bcf/incoming/{area}/{contributor}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("Storage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData(FunctionRoutes.Plans, ApiRoutes.Plans)]
    [InlineData(FunctionRoutes.Cycles, ApiRoutes.Cycles)]
    [InlineData(FunctionRoutes.Cycle, ApiRoutes.Cycle)]
    [InlineData(FunctionRoutes.Return, ApiRoutes.Return)]
    [InlineData(FunctionRoutes.Decision, ApiRoutes.Decision)]
    [InlineData(FunctionRoutes.Close, ApiRoutes.Close)]
    [InlineData(FunctionRoutes.Template, ApiRoutes.Template)]
    [InlineData(FunctionRoutes.Audit, ApiRoutes.Audit)]
    [InlineData(FunctionRoutes.Health, ApiRoutes.Health)]
    [InlineData(FunctionRoutes.Me, WebApiRoutes.Me)]
    [InlineData(FunctionRoutes.PrefilledReturn, WebApiRoutes.PrefilledReturn)]
    [InlineData(FunctionRoutes.Summary, WebApiRoutes.Summary)]
    [InlineData(FunctionRoutes.ReturnFigures, WebApiRoutes.ReturnFigures)]
    [InlineData(FunctionRoutes.Timetable, WebApiRoutes.Timetable)]
    [InlineData(FunctionRoutes.ReturnCheck, WebApiRoutes.ReturnCheck)]
    [InlineData(FunctionRoutes.ReturnRemind, WebApiRoutes.ReturnRemind)]
    [InlineData(FunctionRoutes.LeadAnswers, ApiRoutes.LeadAnswers)]
    [InlineData(FunctionRoutes.ReportingWorkbook, ApiRoutes.ReportingWorkbook)]
    public void FunctionRoutes_WithoutARoutePrefix_AreTheLocalHostsRoutes(string functionRoute, string apiRoute)
    {
        Assert.Equal(apiRoute, functionRoute);
    }

    [Fact]
    public void HostJson_IsCopiedNextToTheMetadata_WithTheTaskHubFromSettings()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputDir(), "host.json")));
        Assert.Equal("%BcfTaskHub%", hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("hubName").GetString());
    }

    [Fact]
    public void HostJson_RoutePrefix_IsEmptySoPagesAndApiHaveTheLocalHostsPaths()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputDir(), "host.json")));
        Assert.Equal("", hostJson.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    private static JsonElement Trigger(JsonElement function) =>
        Bindings(function).Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static IEnumerable<JsonElement> Bindings(JsonElement function) => function.GetProperty("bindings").EnumerateArray();

    private static string OutputDir() =>
        typeof(FunctionMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FunctionsOutputDir").Value!;

    private static IReadOnlyDictionary<string, JsonElement> Load()
    {
        var path = Path.Combine(OutputDir(), "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/BcfWorkflow.Functions first (the test project references it).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }
}
