using System.Text.Json.Nodes;
using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

public sealed class LocalSettingsTests
{
    private static readonly JsonNode Example = JsonNode.Parse(RepoFile.Read("local.settings.example.json"))!;

    private static JsonNode Values => Example["Values"]!;

    [Theory]
    [InlineData("AzureWebJobsStorage", "UseDevelopmentStorage=true")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated")]
    [InlineData("SendGrid__ApiKey", "")]
    public void Example_Value_IsTheLocalDefault(string name, string expected)
    {
        Assert.Equal(expected, (string?)Values[name]);
    }

    [Fact]
    public void Example_Shape_IsUnencryptedWithATaskHubName()
    {
        Assert.False((bool?)Example["IsEncrypted"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)Values["BcfTaskHub"]));
        Assert.Matches("^[0-9a-f]{64}$", (string?)Values["Auth__Users__0__KeySha256"]);
    }

    [Fact]
    public void GitIgnore_LocalSettings_IsIgnored()
    {
        var lines = RepoFile.Read(".gitignore").Split('\n').Select(line => line.Trim());

        Assert.Contains("local.settings.json", lines);
    }
}
