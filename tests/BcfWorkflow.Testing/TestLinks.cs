using BcfWorkflow.Orchestrations.Emails;

namespace BcfWorkflow.Testing;

/// <summary>The public address the test hosts' emails link to.</summary>
public static class TestLinks
{
    public const string BaseUrl = "https://bcf.testshire.example.gov.uk";

    public static EmailLinks Links { get; } = new(BaseUrl);
}
