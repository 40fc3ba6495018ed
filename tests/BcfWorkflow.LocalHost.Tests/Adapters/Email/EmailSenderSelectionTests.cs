using BcfWorkflow.Adapters;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class EmailSenderSelectionTests
{
    [Theory]
    [InlineData("SG.key", "smtp.example.gov.uk", typeof(SendGridEmailSender))]
    [InlineData(null, "smtp.example.gov.uk", typeof(SmtpEmailSender))]
    [InlineData(null, null, typeof(OutboxEmailSender))]
    [InlineData("", "", typeof(OutboxEmailSender))]
    public void AddBcfAdapters_Configuration_ChoosesTheEmailSender(string? sendGridKey, string? smtpHost, Type expected)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = sendGridKey,
            ["Smtp:Host"] = smtpHost,
            ["Storage:ConnectionString"] = DevelopmentStorage.ConnectionString("127.0.0.1", 1, 2, 3),
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBcfAdapters(configuration, Path.GetTempPath()).BuildServiceProvider();

        Assert.IsType(expected, services.GetRequiredService<IEmailSender>());
    }
}
