using System.Text.RegularExpressions;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;

namespace BcfWorkflow.Orchestrations.Tests.Emails;

/// <summary>What every email must be for the person reading it: one absolute link to the page for its cycle, and
/// nowhere else (subject, text or HTML) an API route, a cycle, instance or contributor id, a blob path or UTC.</summary>
public static partial class EmailAssert
{
    public static void ReadsAsALetter(EmailMessage message, string cycleId, IEnumerable<string> contributorIds, string expectedPage, string baseUrl)
    {
        var expectedLink = $"{baseUrl}{expectedPage}?cycle={Uri.EscapeDataString(cycleId)}";
        var links = Url().Matches(message.TextBody).Select(m => m.Value).Distinct().ToList();
        var link = Assert.Single(links);
        Assert.Equal(expectedLink, link);
        Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, $"{message.MessageId}: {link} is not absolute");
        Assert.NotNull(message.HtmlBody);
        Assert.Contains($"<a href=\"{link}\"", message.HtmlBody, StringComparison.Ordinal);

        foreach (var (part, text) in new[] { ("subject", message.Subject), ("text", message.TextBody), ("HTML", message.HtmlBody) })
        {
            var read = Address().Replace(text.Replace(link, "", StringComparison.Ordinal), "");
            string[] forbidden = ["/api/", "returns/", "templates/", "UTC", cycleId, .. contributorIds.Select(id => CycleIds.Contributor(cycleId, id))];
            foreach (var bad in forbidden)
            {
                Assert.False(read.Contains(bad, StringComparison.Ordinal), $"{message.MessageId}: the {part} shows '{bad}':\n{text}");
            }
            Assert.False(Hash().IsMatch(read), $"{message.MessageId}: the {part} shows a hash:\n{text}");
            foreach (var id in contributorIds)
            {
                Assert.False(Regex.IsMatch(read, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])"), $"{message.MessageId}: the {part} shows the contributor id '{id}':\n{text}");
            }
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[0-9a-fA-F]{32,}\b")]
    private static partial Regex Hash();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Address();
}
