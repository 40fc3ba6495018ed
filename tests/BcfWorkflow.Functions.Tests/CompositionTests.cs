using System.Reflection;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Functions.Auth;
using BcfWorkflow.Functions.Hosting;
using BcfWorkflow.Functions.Http;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Tests;

/// <summary>The app's composition root with the settings infra/app/api.bicep gives it (nothing is contacted: clients
/// are built, not called).</summary>
public sealed class CompositionTests
{
    private static readonly Dictionary<string, string?> AzureSettings = new()
    {
        ["Storage:BlobServiceUri"] = "https://stbcftest.blob.core.windows.net/",
        ["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-000000000001",
        ["SendGrid:ApiKey"] = "@Microsoft.KeyVault(SecretUri=https://kv-bcf.vault.azure.net/secrets/SendGridApiKey/)",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000002;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD",
        ["WEBSITE_AUTH_ENABLED"] = "True",
    };

    [Fact]
    public void AddBcfFunctions_AzureSettings_ValidatesAndUsesTheServiceUri()
    {
        using var provider = Build(AzureSettings);

        Assert.Equal("stbcftest", provider.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().AccountName);
        Assert.NotNull(provider.GetRequiredService<IPlanStore>());
    }

    [Theory]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv/secrets/SendGridApiKey/)", typeof(OutboxEmailSender))]
    [InlineData("", typeof(OutboxEmailSender))]
    [InlineData("SG.resolved-by-the-platform", typeof(SendGridEmailSender))]
    public void AddBcfFunctions_SendGridKey_ChoosesTheSender(string key, Type expected)
    {
        using var provider = Build(new(AzureSettings) { ["SendGrid:ApiKey"] = key });

        Assert.IsType(expected, provider.GetRequiredService<IEmailSender>());
    }

    [Theory]
    [InlineData("bcf-func.azurewebsites.net", null, "https://bcf-func.azurewebsites.net/contributor?cycle=leics-2024-25-q2")]
    [InlineData("localhost:7071", null, "http://localhost:7071/contributor?cycle=leics-2024-25-q2")]
    [InlineData(null, null, "http://localhost:7071/contributor?cycle=leics-2024-25-q2")]
    [InlineData("bcf-func.azurewebsites.net", "https://bcf.leics.example.gov.uk/", "https://bcf.leics.example.gov.uk/contributor?cycle=leics-2024-25-q2")]
    public void AddBcfFunctions_EmailLinks_PublicBaseUrlElseTheAppsOwnHostName(string? hostName, string? publicBaseUrl, string expected)
    {
        using var provider = Build(new(AzureSettings) { ["WEBSITE_HOSTNAME"] = hostName, ["Email:PublicBaseUrl"] = publicBaseUrl });

        var links = provider.GetRequiredService<EmailLinks>();

        Assert.Equal(expected, links.PageFor(EmailAudience.Contributor, "leics-2024-25-q2").AbsoluteUri);
    }

    [Theory]
    [InlineData("True", null, typeof(PlatformOrKeyCallerResolver))]
    [InlineData(null, "true", typeof(PlatformOrKeyCallerResolver))]
    [InlineData(null, null, typeof(ApiKeyCallerResolver))]
    public void AddBcfFunctions_PlatformSignIn_ChoosesTheCallerResolver(string? websiteAuthEnabled, string? platformSignIn, Type expected)
    {
        using var provider = Build(new(AzureSettings) { ["WEBSITE_AUTH_ENABLED"] = websiteAuthEnabled, ["Auth:PlatformSignIn"] = platformSignIn });

        Assert.IsType(expected, provider.GetRequiredService<ICallerResolver>());
    }

    [Fact]
    public void AddBcfFunctions_NoStorageSetting_FailsWithWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?>()));

        Assert.Contains("Storage:BlobServiceUri", error.Message);
    }

    [Fact]
    public void AddBcfFunctions_HandlersNeedingTheDurableClient_AreNotResolvableFromDi()
    {
        using var provider = Build(AzureSettings);

        Assert.Null(provider.GetService<CycleHandlers>());
        Assert.Null(provider.GetService<CycleListHandlers>());
        Assert.NotNull(provider.GetService<PlanHandlers>());
        // Built per invocation around the binding's client instead, by singletons the validated container resolves.
        Assert.Same(provider.GetRequiredService<HandlerFactory>(), provider.GetRequiredService<HandlerFactory>());
        Assert.IsType<TriggerFactory>(provider.GetRequiredService<TriggerFactory>());
        Assert.IsType<CycleServices>(provider.GetRequiredService<CycleServices>());
    }

    [Fact]
    public void HandlerFactory_BuildsEveryHandlerTheLocalHostTakesFromDi()
    {
        var clientBound = new ServiceCollection().AddBcfClientHandlers().Select(d => d.ServiceType.Name);
        var built = typeof(HandlerFactory).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(DurableTaskClient))
            .Select(m => m.ReturnType.Name);

        Assert.Equal(clientBound.Order(), built.Order());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBcfFunctions(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
