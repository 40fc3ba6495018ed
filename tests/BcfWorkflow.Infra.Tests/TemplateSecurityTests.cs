using System.Text.Json.Nodes;
using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class TemplateSecurityTests(CompiledTemplate template)
{
    private const string StorageAccountType = "Microsoft.Storage/storageAccounts";

    [Fact]
    public void AllowSharedKeyAccess_AnywhereInTemplate_IsFalse()
    {
        var values = template.Resources.SelectMany(resource => FindProperty(resource.Json, "allowSharedKeyAccess")).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.False(value.GetValue<bool>()));
    }

    [Fact]
    public void StorageAccounts_Security_RequireTls12KeylessAndPrivate()
    {
        var accounts = template.OfType(StorageAccountType).ToList();

        Assert.NotEmpty(accounts);
        Assert.All(accounts, account =>
        {
            Assert.Equal("TLS1_2", (string?)account.Properties["minimumTlsVersion"]);
            Assert.False((bool?)account.Properties["allowSharedKeyAccess"]);
            Assert.False((bool?)account.Properties["allowBlobPublicAccess"]);
            Assert.True((bool?)account.Properties["supportsHttpsTrafficOnly"]);
        });
    }

    [Fact]
    public void BlobContainers_Access_IsNeverPublic()
    {
        var containers = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        Assert.NotEmpty(containers);
        Assert.All(containers, container => Assert.Equal("None", (string?)container.Properties["publicAccess"]));
    }

    [Theory]
    [InlineData("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner")]
    [InlineData("b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor")]
    [InlineData("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator")]
    [InlineData("17d1049b-9a84-46fb-8f53-869881c3d3ab", "Storage Account Contributor")]
    public void RoleAssignments_BroadBuiltInRole_IsNeverGranted(string roleId, string roleName)
    {
        Assert.True(
            !template.Text.Contains(roleId, StringComparison.OrdinalIgnoreCase),
            $"{roleName} ({roleId}) appears in the compiled template.");
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner (Functions host storage)")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor (Durable queues)")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor (Durable history)")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User (Key Vault references)")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher (Entra ID telemetry)")]
    public void RoleAssignments_RoleTheAppNeeds_IsGranted(string roleId, string purpose)
    {
        Assert.True(template.Text.Contains(roleId, StringComparison.OrdinalIgnoreCase), $"{purpose} is not granted.");
    }

    [Fact]
    public void RoleAssignments_Names_AreGuidOfScopePrincipalAndRole()
    {
        var assignments = template.OfType("Microsoft.Authorization/roleAssignments").ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment =>
        {
            var name = (string)assignment.Json["name"]!;
            var arguments = ArmExpression.ArgumentsOf("guid", name);
            Assert.True(arguments.Count == 3, $"{name} is not guid(scope, principal, role).");
            Assert.Contains("resourceId(", arguments[0], StringComparison.Ordinal);
            Assert.Contains("PrincipalId", arguments[1], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void KeyVault_Authorization_UsesRbacNotAccessPolicies()
    {
        var vault = Assert.Single(template.OfType("Microsoft.KeyVault/vaults"));

        Assert.True((bool?)vault.Properties["enableRbacAuthorization"]);
        Assert.Null(vault.Properties["accessPolicies"]);
    }

    [Fact]
    public void KeyVaultSecret_Value_ComesOnlyFromSecureParameter()
    {
        var secret = Assert.Single(template.OfType("Microsoft.KeyVault/vaults/secrets"));
        var parameterName = ArmExpression.ArgumentsOf("parameters", (string)secret.Properties["value"]!).Single().Trim('\'');
        var parameter = secret.Module!["properties"]!["template"]!["parameters"]![parameterName]!;

        Assert.Equal("securestring", (string?)parameter["type"]);
        Assert.Equal("", (string?)parameter["defaultValue"]);
    }

    [Fact]
    public void ApplicationInsights_Ingestion_RequiresEntraId()
    {
        var component = Assert.Single(template.OfType("Microsoft.Insights/components"));

        Assert.True((bool?)component.Properties["DisableLocalAuth"]);
    }

    private static IEnumerable<JsonValue> FindProperty(JsonNode? node, string name) => node switch
    {
        JsonObject obj => obj.SelectMany(pair =>
            string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase) && pair.Value is JsonValue value
                ? [value]
                : FindProperty(pair.Value, name)),
        JsonArray array => array.SelectMany(item => FindProperty(item, name)),
        _ => [],
    };
}
