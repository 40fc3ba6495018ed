using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>The app's identity on Azure: the user-assigned managed identity named by <c>AZURE_CLIENT_ID</c>
/// (DefaultAzureCredential also finds a developer's az login locally).</summary>
public static class AzureCredentials
{
    public const string ClientIdKey = "AZURE_CLIENT_ID";

    public static TokenCredential Create(IConfiguration configuration)
    {
        var clientId = configuration[ClientIdKey];
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        });
    }
}
