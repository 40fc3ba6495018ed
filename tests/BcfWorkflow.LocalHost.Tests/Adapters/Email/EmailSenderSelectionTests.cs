using BcfWorkflow.Adapters;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class EmailSenderSelectionTests
{
    const string NotifyKey = "bcf_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

    [Theory]
    [InlineData("SG.key", NotifyKey, "smtp.example.gov.uk", typeof(SendGridEmailSender))]
    [InlineData(null, NotifyKey, "smtp.example.gov.uk", typeof(NotifyEmailSender))]
    [InlineData(null, "@Microsoft.KeyVault(SecretUri=https://kv/secrets/NotifyApiKey/)", "smtp.example.gov.uk", typeof(SmtpEmailSender))]
    [InlineData(null, null, "smtp.example.gov.uk", typeof(SmtpEmailSender))]
    [InlineData(null, null, null, typeof(OutboxEmailSender))]
    [InlineData("", "", "", typeof(OutboxEmailSender))]
    public void AddBcfAdapters_Configuration_ChoosesTheEmailSender(string? sendGridKey, string? notifyKey, string? smtpHost, Type expected)
    {
        using var services = new ServiceCollection().AddLogging()
            .AddBcfAdapters(Settings(sendGridKey, notifyKey, "f33517ff-2a88-4f6e-b855-c550268ce08a", smtpHost), Path.GetTempPath()).BuildServiceProvider();

        Assert.IsType(expected, services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public void AddBcfAdapters_NotifyKeyWithoutTemplate_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddBcfAdapters(Settings(null, NotifyKey, null, null), Path.GetTempPath()));

        Assert.Contains("Notify:TemplateId", error.Message, StringComparison.Ordinal);
    }

    static IConfiguration Settings(string? sendGridKey, string? notifyKey, string? notifyTemplate, string? smtpHost) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = sendGridKey,
            ["Notify:ApiKey"] = notifyKey,
            ["Notify:TemplateId"] = notifyTemplate,
            ["Smtp:Host"] = smtpHost,
            ["Storage:ConnectionString"] = DevelopmentStorage.ConnectionString("127.0.0.1", 1, 2, 3),
        }).Build();
}
