using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Emails;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Orchestrations.Tests.Emails;

public sealed class EmailWriterTests
{
    private static readonly string[] Ids = [EmailSamples.BlabyId, "c-charnwood", EmailSamples.CountyId];

    public static TheoryData<string> Kinds => [.. EmailSamples.All.Keys];

    private static EmailMessage Write(EmailDraft draft) => EmailWriter.Write(draft, EmailSamples.Links);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_EveryKind_LinksToItsPageAndShowsNoRouteOrId(string kind)
    {
        var draft = EmailSamples.All[kind];

        var message = Write(draft);

        var page = draft.Audience == EmailAudience.Lead ? EmailLinks.LeadPage : EmailLinks.ContributorPage;
        EmailAssert.ReadsAsALetter(message, EmailSamples.CycleId, Ids, page, TestLinks.BaseUrl);
        Assert.Equal((draft.MessageId, draft.To, draft.ToName, draft.Purpose, draft.CycleId),
            (message.MessageId, message.To, message.ToName, message.Purpose, message.CycleId));
        Assert.StartsWith($"Dear {draft.ToName},", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DueInBritishSummerTime_SaysTheUkTimeWithTheDay()
    {
        // 16:00 UTC on 18 October 2024 is 5pm BST.
        var message = Write(EmailSamples.All["request"]);

        Assert.Contains("by 5pm on Friday 18 October 2024", message.Subject, StringComparison.Ordinal);
        Assert.Contains("by 5pm on Friday 18 October 2024.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("by 5pm on Friday 18 October 2024.", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DueInWinter_SaysGreenwichMeanTime()
    {
        // 17:00 UTC on 13 December 2024 is 5pm GMT (the sent-back sample is due then).
        var message = Write(EmailSamples.All["sent-back"]);

        Assert.Contains("upload it again by 5pm on Friday 13 December 2024.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Request_ListsTheSchemesWithPlannedFiguresAndHowToSend()
    {
        var message = Write(EmailSamples.All["request"]);

        Assert.Contains("- Scheme 39, Integrated Blaby Planning (DFG): planned spend £603,345, planned outputs 85 (Number of adaptations funded/people supported)\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Scheme 41, Hoarding Project (DFG): planned spend £15,000.50, no outputs planned\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(Domain.Returns.ReturnFileFormat.Accepted, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Download your return", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Upload it on the same page", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<td style=\"padding:8px 15px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top;text-align:right;\">£603,345</td>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SentBack_QuotesTheReasonAndGivesTheNewDueDate()
    {
        var message = Write(EmailSamples.All["sent-back"]);

        Assert.Contains("> Spend to date for scheme 39 is below last quarter's.\n> Please add a comment or correct it.\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<blockquote", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("5pm on Friday 13 December 2024", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SignOffRequest_BalancesReturnsByNameAndEachWarningOnce()
    {
        var outcome = EmailSamples.Outcome();

        var message = Write(EmailSamples.All["sign-off"]);

        Assert.Contains("- DFG: income £4,850,818, spent to date £2,032,308 (41.90%), balance £2,818,510\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Additional LA Contribution: income £0, spent to date £0, balance £0\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Returns: 2 of 3 received", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Testshire County Council: not received (late)\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Warnings ({outcome.Warnings.Count})", message.TextBody, StringComparison.Ordinal);
        Assert.All(outcome.Warnings, w => Assert.Single(message.TextBody.Split('\n'), line => line == $"- {w}"));
    }

    [Fact]
    public void Write_Final_SaysWhoApprovedAndLinksToTheTemplate()
    {
        var contributor = Write(EmailSamples.All["final-contributor"]);
        var lead = Write(EmailSamples.All["final-lead"]);

        Assert.Contains("was approved by Sam Patel at 2:15pm on Monday 28 October 2024.", contributor.TextBody, StringComparison.Ordinal);
        Assert.Contains("download the final template from your return page", contributor.TextBody, StringComparison.Ordinal);
        Assert.Contains("The final template is ready to download on the area return page, with your answers to the Cover, the National Conditions and the Metrics. It is due",
            lead.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("workbook", lead.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FinalToTheLeadWithTheWorkbookAttached_SaysItIsAmongTheDownloadsAndToCheckIt()
    {
        var lead = Write(EmailSamples.All["final-lead-workbook"]);

        Assert.Contains("with your answers to the Cover, the National Conditions and the Metrics, and NHS England's reporting workbook filled in.",
            lead.TextBody, StringComparison.Ordinal);
        Assert.Contains("NHS England's workbook works out its own ‘Complete Template’ from its own checklist: check it before you send it.",
            lead.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_WorkbookFilledToAContributor_IsNotSaid()
    {
        var draft = CycleEmails.Final(EmailSamples.CycleInput(), EmailSamples.Roster(), "dfg@blaby.example.gov.uk", "Blaby District Council",
            EmailAudience.Contributor, 1, "Sam Patel", EmailSamples.DueInSummer, workbookFilled: true);

        Assert.False(draft.WorkbookFilled);
        Assert.DoesNotContain("workbook", Write(draft).TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_SignOffRequest_SaysToCompleteTheLeadsPartsBeforeApproving()
    {
        var message = Write(EmailSamples.All["sign-off"]);

        Assert.Contains("Before you approve, complete your parts of the template on the same page: the Cover, the National Conditions and the Metrics.",
            message.TextBody, StringComparison.Ordinal);
        Assert.Contains("attach the blank reporting workbook NHS England sent for this quarter", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FinalToAContributorWithoutAReturn_SaysItsRowsAreBlankAndDoesNotThankIt()
    {
        var missing = Write(EmailSamples.All["final-contributor-missing"]);

        Assert.DoesNotContain("Thank you", missing.TextBody, StringComparison.Ordinal);
        Assert.Contains("approved without a return from you, so your schemes' rows in the final template are blank", missing.TextBody, StringComparison.Ordinal);
        Assert.Contains("If you have a question, please contact", missing.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostileNamesAndReason_AreEncodedInHtmlAndSubjectsStayOneLine()
    {
        const string name = "<script>alert(\"x\")</script> & Sons\r\nBcc: victim@example.com";
        const string reason = "<img src=x onerror=alert(1)> and a \"quote\"";
        var input = EmailSamples.ContributorInput(EmailSamples.Blaby(name), leadName: "<b>Lead</b>");
        var drafts = new[]
        {
            CycleEmails.Request(EmailSamples.Instance, input, EmailSamples.DueInSummer, EmailSamples.Opened),
            CycleEmails.SentBack(EmailSamples.Instance, input, reason, EmailSamples.DueInSummer, 1, EmailSamples.Opened),
            CycleEmails.Escalation(EmailSamples.Instance, input, EmailSamples.DueInSummer, 1, 2, EmailSamples.Opened),
        };

        foreach (var message in drafts.Select(Write))
        {
            Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("&amp; Sons", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', message.Subject);
            Assert.DoesNotContain('\r', message.Subject);
        }
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; and a &quot;quote&quot;", Write(drafts[1]).HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"> {reason}\n", Write(drafts[1]).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReminderBeforeAndAfterTheDueDate_SaysIsDueOrWasDue()
    {
        var before = Write(EmailSamples.All["reminder"]);
        var after = Write(EmailSamples.All["reminder-overdue"]);

        Assert.StartsWith("Reminder:", before.Subject, StringComparison.Ordinal);
        Assert.Contains("It is due by 5pm on Friday 18 October 2024.", before.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Overdue:", after.Subject, StringComparison.Ordinal);
        Assert.Contains("was due by 5pm on Friday 18 October 2024", after.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_BaseWithPathAndCycleNeedingEscapes_GiveAnAbsolutePageAddress()
    {
        var links = new EmailLinks("https://council.example.gov.uk/bcf/");

        Assert.Equal("https://council.example.gov.uk/bcf/lead?cycle=a%20b%26c", links.PageFor(EmailAudience.Lead, "a b&c").AbsoluteUri);
        Assert.Throws<ArgumentException>(() => new EmailLinks("/relative"));
        Assert.Throws<ArgumentException>(() => new EmailLinks("ftp://example.gov.uk"));
    }
}
