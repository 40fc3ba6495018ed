using BcfWorkflow.Adapters;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class EmailLinksConfigurationTests
{
    static IConfiguration Settings(string? publicBaseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:PublicBaseUrl"] = publicBaseUrl }).Build();

    [Theory]
    [InlineData("https://bcf.leics.example.gov.uk", "https://bcf.leics.example.gov.uk/lead?cycle=leicestershire-2024-25-q2")]
    [InlineData(null, "http://127.0.0.1:7071/lead?cycle=leicestershire-2024-25-q2")]
    [InlineData("", "http://127.0.0.1:7071/lead?cycle=leicestershire-2024-25-q2")]
    public void AddBcfEmailLinks_PublicBaseUrlOrTheHostsOwnAddress(string? configured, string expected)
    {
        using var services = new ServiceCollection().AddBcfEmailLinks(Settings(configured), _ => "http://127.0.0.1:7071").BuildServiceProvider();

        Assert.Equal(expected, services.GetRequiredService<EmailLinks>().PageFor(EmailAudience.Lead, "leicestershire-2024-25-q2").AbsoluteUri);
    }

    [Theory]
    [InlineData("bcf.leics.example.gov.uk")]
    [InlineData("ftp://bcf.leics.example.gov.uk")]
    public void AddBcfEmailLinks_NotAnHttpAddress_StopsAtStartUp(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBcfEmailLinks(Settings(configured), _ => "http://127.0.0.1:7071"));

        Assert.StartsWith("Email:PublicBaseUrl:", error.Message, StringComparison.Ordinal);
    }
}
