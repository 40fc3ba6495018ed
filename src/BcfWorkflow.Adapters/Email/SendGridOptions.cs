namespace BcfWorkflow.Adapters.Email;

/// <summary>SendGrid (configuration section <c>SendGrid</c>); used when <see cref="ApiKey"/> is set.</summary>
public sealed record SendGridOptions
{
    public const string Section = "SendGrid";

    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> the sender uses.</summary>
    public const string HttpClientName = "SendGrid";

    public string? ApiKey { get; init; }

    /// <summary>A key is set. An unresolved Key Vault reference (the platform passes "@Microsoft.KeyVault(...)" through
    /// when the secret is missing or not readable) counts as not set.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ApiKey) && !ApiKey.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The API's base address; null for SendGrid's own.</summary>
    public string? Host { get; init; }
}
