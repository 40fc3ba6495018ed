using System.Text;
using BcfWorkflow.Api.Web;
using BcfWorkflow.Orchestrations.Emails;

namespace BcfWorkflow.Functions.Tests;

/// <summary>The pages emails link to are served by both hosts and open the cycle named in <c>?cycle=</c>.</summary>
public sealed class EmailLinkPagesTests
{
    [Theory]
    [InlineData(EmailLinks.ContributorPage, "/static/contributor.js")]
    [InlineData(EmailLinks.LeadPage, "/static/lead.js")]
    public void EmailLinks_OpenAServedPageThatReadsTheCycleParameter(string page, string script)
    {
        Assert.Contains(page, WebAssets.PagePaths);
        var code = Encoding.UTF8.GetString(WebAssets.Find(script)!.Content.Span);
        Assert.Contains("param(\"cycle\")", code, StringComparison.Ordinal);
    }
}
