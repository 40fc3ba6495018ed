using System.Text.Json.Nodes;
using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

public sealed class HostJsonTests
{
    private static readonly JsonNode HostJson = JsonNode.Parse(RepoFile.Read("host.json"))!;

    private static JsonNode DurableTask => HostJson["extensions"]!["durableTask"]!;

    [Fact]
    public void HostJson_Version_Is2()
    {
        Assert.Equal("2.0", (string?)HostJson["version"]);
    }

    [Fact]
    public void DurableTask_HubName_ComesFromTheBcfTaskHubSetting()
    {
        Assert.Equal("%BcfTaskHub%", (string?)DurableTask["hubName"]);
    }

    [Fact]
    public void DurableTask_StorageProvider_IsTunedAzureStorageOnTheHostConnection()
    {
        var provider = DurableTask["storageProvider"]!;

        Assert.Null(provider["type"]);
        Assert.Equal("AzureWebJobsStorage", (string?)provider["connectionName"]);
        Assert.InRange((int)provider["partitionCount"]!, 1, 16);
        Assert.True(TimeSpan.TryParse((string?)provider["maxQueuePollingInterval"], out var polling));
        Assert.InRange(polling, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("maxConcurrentActivityFunctions")]
    [InlineData("maxConcurrentOrchestratorFunctions")]
    public void DurableTask_ConcurrencyLimit_IsSet(string name)
    {
        Assert.InRange((int)DurableTask[name]!, 1, 100);
    }

    [Theory]
    [InlineData("default", "Warning")]
    [InlineData("Function", "Information")]
    [InlineData("Host.Triggers.DurableTask", "Information")]
    public void Logging_Category_HasLevel(string category, string level)
    {
        Assert.Equal(level, (string?)HostJson["logging"]!["logLevel"]![category]);
    }

    [Fact]
    public void FunctionTimeout_Value_IsBounded()
    {
        Assert.True(TimeSpan.TryParse((string?)HostJson["functionTimeout"], out var timeout));
        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }
}
