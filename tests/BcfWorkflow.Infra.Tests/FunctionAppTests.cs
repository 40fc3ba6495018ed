using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed partial class FunctionAppTests(CompiledTemplate template)
{
    private ArmResource Site => Assert.Single(template.OfType("Microsoft.Web/sites"));

    private JsonObject BaseSettings =>
        Site.Module!["properties"]!["template"]!["variables"]!["baseSettings"]!.AsObject();

    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = Assert.Single(template.OfType("Microsoft.Web/serverfarms"));

        Assert.Equal(("FC1", "FlexConsumption"), ((string?)plan.Json["sku"]?["name"], (string?)plan.Json["sku"]?["tier"]));
    }

    [Fact]
    public void FunctionApp_Runtime_IsDotnetIsolated10()
    {
        var runtime = Site.Properties["functionAppConfig"]?["runtime"];
        var variables = Site.Module!["properties"]!["template"]!["variables"]!;

        Assert.Equal("[variables('runtimeName')]", (string?)runtime?["name"]);
        Assert.Equal("dotnet-isolated", (string?)variables["runtimeName"]);
        Assert.Equal("10.0", (string?)variables["runtimeVersion"]);
    }

    [Fact]
    public void FunctionApp_DeploymentPackage_IsReadWithTheUserAssignedIdentity()
    {
        var storage = Site.Properties["functionAppConfig"]?["deployment"]?["storage"];

        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.NotNull(Site.Properties["functionAppConfig"]?["scaleAndConcurrency"]?["maximumInstanceCount"]);
    }

    [Fact]
    public void FunctionApp_Transport_IsHttpsOnlyWithTls12()
    {
        Assert.True((bool?)Site.Properties["httpsOnly"]);
        Assert.Equal("1.2", (string?)Site.Properties["siteConfig"]?["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)Site.Properties["siteConfig"]?["ftpsState"]);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    [InlineData("Storage__credential", "managedidentity")]
    [InlineData("AzureWebJobsStorage__accountName", "[parameters('storageAccountName')]")]
    [InlineData("AzureWebJobsStorage__clientId", "[parameters('identityClientId')]")]
    [InlineData("Storage__BlobServiceUri", "[parameters('storageBlobEndpoint')]")]
    [InlineData("BcfTaskHub", "[parameters('taskHubName')]")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]")]
    public void AppSettings_Setting_HasExpectedValue(string name, string expected)
    {
        Assert.Equal(expected, (string?)BaseSettings[name]);
    }

    [Fact]
    public void AppSettings_HostStorage_HasNoConnectionString()
    {
        Assert.False(BaseSettings.ContainsKey("AzureWebJobsStorage"));
        Assert.DoesNotContain(BaseSettings, pair => pair.Key.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase)
            && !pair.Key.StartsWith("APPLICATIONINSIGHTS", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_SendGridKey_IsAKeyVaultReference()
    {
        Assert.Equal(
            "[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)', parameters('keyVaultUri'), parameters('sendGridSecretName'))]",
            (string?)BaseSettings["SendGrid__ApiKey"]);
        Assert.Equal("[parameters('identityId')]", (string?)Site.Properties["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void Outputs_Names_AreUpperSnakeCase()
    {
        var names = template.Root["outputs"]!.AsObject().Select(pair => pair.Key).ToList();

        Assert.Contains("SERVICE_API_NAME", names);
        Assert.All(names, name => Assert.Matches(UpperSnake(), name));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
