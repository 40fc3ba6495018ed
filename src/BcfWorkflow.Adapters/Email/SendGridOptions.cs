namespace BcfWorkflow.Adapters.Email;

/// <summary>SendGrid (configuration section <c>SendGrid</c>); used when <see cref="ApiKey"/> is set.</summary>
public sealed record SendGridOptions
{
    public const string Section = "SendGrid";

    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> the sender uses.</summary>
    public const string HttpClientName = "SendGrid";

    public string? ApiKey { get; init; }

    /// <summary>The API's base address; null for SendGrid's own.</summary>
    public string? Host { get; init; }
}
