namespace BcfWorkflow.Adapters.Email;

/// <summary>GOV.UK Notify (configuration section <c>Notify</c>); used when <see cref="ApiKey"/> is set and SendGrid is not.</summary>
/// <remarks>Notify sends only from templates: make one email template whose subject is <c>((subject))</c> and whose
/// message is <c>((body))</c>, and give its id as <see cref="TemplateId"/>. Notify writes its own HTML from the text.</remarks>
public sealed record NotifyOptions
{
    public const string Section = "Notify";

    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> the sender uses.</summary>
    public const string HttpClientName = "Notify";

    /// <summary>The personalisation fields of the generic template.</summary>
    public const string SubjectField = "subject";
    public const string BodyField = "body";

    public string? ApiKey { get; init; }

    public string? TemplateId { get; init; }

    /// <summary>The API's base address; null for Notify's own.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>A key is set. An unresolved Key Vault reference counts as not set, as for SendGrid.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ApiKey) && !ApiKey.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);
}
