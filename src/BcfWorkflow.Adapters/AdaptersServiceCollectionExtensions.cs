using Azure.Storage.Blobs;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Adapters;

/// <summary>Registers the ports' adapters: blob storage, and email through SendGrid (when
/// <c>SendGrid:ApiKey</c> is set), GOV.UK Notify (when <c>Notify:ApiKey</c> is set), SMTP (when <c>Smtp:Host</c> is
/// set), or else the <c>{dataDir}/outbox</c> folder.</summary>
public static class AdaptersServiceCollectionExtensions
{
    public const string StorageConnectionStringKey = "Storage:ConnectionString";

    /// <summary>Storage from <c>Storage:ConnectionString</c> (set it to Azurite's when the host starts its own).</summary>
    public static IServiceCollection AddBcfAdapters(this IServiceCollection services, IConfiguration configuration, string dataDir) =>
        services.AddBcfAdapters(configuration, dataDir,
            configuration[StorageConnectionStringKey] ?? throw new InvalidOperationException($"{StorageConnectionStringKey} is not set."));

    public static IServiceCollection AddBcfAdapters(
        this IServiceCollection services, IConfiguration configuration, string dataDir, string storageConnectionString) =>
        services.AddBcfAdapters(configuration, dataDir, new BlobServiceClient(storageConnectionString));

    /// <summary>Storage through a client the host built, e.g. from a service URI and a managed identity (the Functions app).</summary>
    public static IServiceCollection AddBcfAdapters(
        this IServiceCollection services, IConfiguration configuration, string dataDir, BlobServiceClient blobService)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(blobService);
        services.AddSingleton<BcfContainer>();
        services.AddSingleton<IPlanStore, BlobPlanStore>();
        services.AddSingleton<BlobReturnStore>();
        services.AddSingleton<IReturnStore>(sp => sp.GetRequiredService<BlobReturnStore>());
        services.AddSingleton<ITemplateStore, BlobTemplateStore>();
        services.AddSingleton<ILeadAnswersStore, BlobLeadAnswersStore>();
        services.AddSingleton<ICycleIndex, BlobCycleIndex>();
        services.AddSingleton<IAuditLog, BlobAuditLog>();
        services.AddSingleton<ISentEmailLog, BlobSentEmailLog>();

        services.AddSingleton(configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<MimeMessageFactory>();
        var sendGrid = configuration.GetSection(SendGridOptions.Section).Get<SendGridOptions>() ?? new SendGridOptions();
        var notify = configuration.GetSection(NotifyOptions.Section).Get<NotifyOptions>() ?? new NotifyOptions();
        var smtp = configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        if (sendGrid.IsConfigured)
        {
            services.AddHttpClient(SendGridOptions.HttpClientName);
            services.AddSingleton(sendGrid);
            services.AddSingleton<IEmailSender, SendGridEmailSender>();
        }
        else if (notify.IsConfigured)
        {
            if (string.IsNullOrWhiteSpace(notify.TemplateId))
            {
                throw new InvalidOperationException(
                    $"{NotifyOptions.Section}:{nameof(NotifyOptions.ApiKey)} is set but {NotifyOptions.Section}:{nameof(NotifyOptions.TemplateId)} is not: give the id of a Notify email template whose subject is ((subject)) and message ((body)).");
            }
            services.AddHttpClient(NotifyOptions.HttpClientName);
            services.AddSingleton(notify);
            services.AddSingleton<IEmailSender, NotifyEmailSender>();
        }
        else if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            services.AddSingleton(smtp);
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            string outbox = Path.GetFullPath(Path.Combine(dataDir, "outbox"));
            services.AddSingleton<IEmailSender>(provider => new OutboxEmailSender(
                outbox, provider.GetRequiredService<MimeMessageFactory>(), provider.GetRequiredService<ILogger<OutboxEmailSender>>()));
        }

        return services;
    }

    /// <summary>The links in emails: <c>Email:PublicBaseUrl</c> when set (checked now, so a wrong value stops the host
    /// at start-up), else the host's own address, asked for when the first email is written (a host listening on
    /// port 0 knows its port only once started).</summary>
    public static IServiceCollection AddBcfEmailLinks(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> hostAddress)
    {
        ArgumentNullException.ThrowIfNull(hostAddress);
        var configured = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>()?.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            try
            {
                services.AddSingleton(new EmailLinks(configured));
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{EmailOptions.Section}:{nameof(EmailOptions.PublicBaseUrl)}: {e.Message}", e);
            }
        }
        else
        {
            services.AddSingleton(provider => new EmailLinks(hostAddress(provider)));
        }
        return services;
    }
}
