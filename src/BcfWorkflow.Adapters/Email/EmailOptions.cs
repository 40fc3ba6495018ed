namespace BcfWorkflow.Adapters.Email;

/// <summary>The sender of every email, and where its links point (configuration section <c>Email</c>).</summary>
public sealed record EmailOptions
{
    public const string Section = "Email";

    public string From { get; init; } = "bcf-workflow@localhost";
    public string FromName { get; init; } = "BCF Workflow";

    /// <summary>The address people open the web pages on (e.g. https://bcf.example.gov.uk): every email links to a page
    /// under it. When unset, each host uses its own address (<see cref="AdaptersServiceCollectionExtensions.AddBcfEmailLinks"/>).</summary>
    public string? PublicBaseUrl { get; init; }
}
