using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Emails;

/// <summary>The links emails carry: the web page that acts on the email, for its cycle, at the public address people
/// reach the service on (configuration <c>Email:PublicBaseUrl</c>; the hosts default it to their own address).</summary>
public sealed class EmailLinks
{
    /// <summary>The pages' paths and the query parameter that opens a cycle (the web pages read <c>?cycle=</c>).</summary>
    public const string ContributorPage = "/contributor";
    public const string LeadPage = "/lead";

    private readonly Uri baseUrl;

    /// <param name="publicBaseUrl">An absolute http(s) address, e.g. https://bcf.example.gov.uk or one with a path
    /// prefix (https://council.example.gov.uk/bcf).</param>
    public EmailLinks(Uri publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        if (!publicBaseUrl.IsAbsoluteUri || (publicBaseUrl.Scheme != Uri.UriSchemeHttps && publicBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The public address for links in emails must be an absolute http or https address, not '{publicBaseUrl}'.", nameof(publicBaseUrl));
        }
        baseUrl = publicBaseUrl;
    }

    public EmailLinks(string publicBaseUrl)
        : this(Uri.TryCreate(publicBaseUrl?.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"The public address for links in emails must be an absolute http or https address, not '{publicBaseUrl}'.", nameof(publicBaseUrl)))
    {
    }

    /// <summary>The page for the audience, opened at the cycle.</summary>
    public Uri PageFor(EmailAudience audience, string cycleId) =>
        new($"{baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}{(audience == EmailAudience.Lead ? LeadPage : ContributorPage)}?cycle={Uri.EscapeDataString(cycleId)}");
}
