using System.Globalization;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Emails;

/// <summary>Writes the letter for an <see cref="EmailDraft"/>: a plain-English subject and the same letter as text and
/// HTML, addressed to the person, times in UK local time, money as "£1,234", a link to the page that acts on it.
/// No API route, blob path or internal id: people and organisations by their names from the plan.</summary>
/// <remarks>Pure: the same draft and links always give the same message (the golden-file tests rely on it).</remarks>
public static class EmailWriter
{
    private const string Service = "This email was sent automatically by the Better Care Fund returns service.";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static EmailMessage Write(EmailDraft draft, EmailLinks links)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(links);
        if (draft.Cycle is null)
        {
            // Only a message queued by a version that passed composed emails to SendEmail can lack it (versioning.md).
            throw new InvalidOperationException($"Email {draft.MessageId} carries no cycle: it was queued by an earlier version of the workflow.");
        }
        var page = links.PageFor(draft.Audience, draft.CycleId);
        var (subject, letter) = draft.Purpose switch
        {
            EmailPurposes.Request => Request(draft, page),
            EmailPurposes.Reminder => Reminder(draft, page),
            EmailPurposes.Escalation => Escalation(draft, page),
            EmailPurposes.SentBack => SentBack(draft, page),
            EmailPurposes.SignOffRequest => SignOffRequest(draft, page),
            EmailPurposes.SignOffReminder => SignOffReminder(draft, page),
            EmailPurposes.Final => Final(draft, page),
            _ => throw new InvalidOperationException($"There is no letter for email purpose '{draft.Purpose}'."),
        };
        subject = OneLine(subject);
        return new EmailMessage(draft.MessageId, draft.To, subject, letter.ToText(), draft.Purpose, draft.ToName, draft.CycleId, letter.ToHtml(subject));
    }

    private static (string, Letter) Request(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var due = UkTime.Describe(DueOf(d));
        var schemes = d.About?.Schemes ?? [];
        var letter = Greeting(d)
            .Para($"Please send your Better Care Fund (BCF) return for {c.Area}, {c.Quarter} {c.Year}{Months(c)}, by {due}.")
            .Para(schemes.Count == 1
                ? "We need your figures for this scheme. The planned figures are for the whole year."
                : "We need your figures for these schemes. The planned figures are for the whole year.")
            .Table(
                ["Scheme ID", "Scheme", "Source of funding", "Planned spend", "Planned outputs"],
                [.. schemes.Select(s => new TableRow(
                    [s.Id, s.Name, s.SourceOfFunding, Money(s.PlannedExpenditure), Outputs(s) ?? "None"],
                    $"Scheme {s.Id}, {s.Name} ({s.SourceOfFunding}): planned spend {Money(s.PlannedExpenditure)}, "
                    + (Outputs(s) is { } outputs ? $"planned outputs {outputs}" : "no outputs planned")))],
                firstNumericColumn: 3)
            .Heading2("How to send your return")
            .Link("Open your return page", page)
            .Steps(
            [
                "Download your return. It is already filled in with your schemes and their planned figures.",
                "Enter each scheme's expenditure to date (for the year so far) and outputs delivered to date. Add a comment where spend is above plan or lower than last quarter.",
                $"Upload it on the same page. You can send {ReturnFileFormat.Accepted}.",
            ])
            .Para("The page reads your file straight away and shows you the figures, or tells you what needs correcting, before you send it. You can send a new version until the return is signed off.");
        return ($"Please send your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, by {due}", SignedByLead(letter, c));
    }

    private static (string, Letter) Reminder(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var dueAt = DueOf(d);
        var due = UkTime.Describe(dueAt);
        var overdue = d.WrittenAt >= dueAt;
        var letter = Greeting(d)
            .Para(overdue
                ? $"Your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}{Months(c)}, was due by {due}. We have not received it yet: please send it as soon as you can."
                : $"We have not received your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}{Months(c)}, yet. It is due by {due}.")
            .Para("You can download your pre-filled return and upload it on your return page.")
            .Link("Open your return page", page)
            .Para(overdue
                ? $"If something is stopping you sending it, please tell {c.LeadName} at {c.LeadEmail}."
                : $"If you cannot send it in time, please tell {c.LeadName} at {c.LeadEmail}.");
        var subject = overdue
            ? $"Overdue: your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, was due by {due}"
            : $"Reminder: your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, is due by {due}";
        return (subject, SignedByLead(letter, c, withContact: false));
    }

    private static (string, Letter) Escalation(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var late = d.About ?? throw new InvalidOperationException("An escalation email needs the contributor it is about.");
        var reminders = d.RemindersSent switch
        {
            0 => "no reminders",
            1 => "1 reminder",
            var n => $"{n.ToString(Invariant)} reminders",
        };
        var letter = Greeting(d)
            .Para($"{late.Name} has not sent its Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}. It was due by {UkTime.Describe(DueOf(d))}, and we have sent them {reminders}.")
            .Para($"You may want to contact them at {late.Email}.")
            .Para("The area return page shows every contributor's progress.")
            .Link("Open the area return page", page)
            .Footnote(Service);
        return ($"{late.Name} has not sent its Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}", letter);
    }

    private static (string, Letter) SentBack(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var due = UkTime.Describe(DueOf(d));
        var letter = Greeting(d)
            .Para($"{c.LeadName} has checked your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, and sent it back with this reason:")
            .Quote(string.IsNullOrWhiteSpace(d.Reason) ? "(no reason given)" : d.Reason.Trim())
            .Para($"Please correct your return and upload it again by {due}.")
            .Link("Open your return page", page);
        return ($"Your Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, has been sent back: please send a new one by {due}",
            SignedByLead(letter, c));
    }

    private static (string, Letter) SignOffRequest(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var digest = d.SignOff ?? throw new InvalidOperationException("A sign-off email needs the figures.");
        var received = digest.Returns.Count(r => r.State == ContributorStates.Submitted);
        var letter = Greeting(d)
            .Para($"The Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}{Months(c)}, is ready for you to check and sign off. {Submission(d)}");
        if (digest.Round > 1)
        {
            letter.Para("The figures have changed since we last wrote, so this email replaces the earlier one.");
        }
        letter
            .Heading2($"Returns: {received.ToString(Invariant)} of {digest.Returns.Count.ToString(Invariant)} received")
            .Table(["Contributor", "Return"], [.. digest.Returns.Select(r => new TableRow([r.Name, Capitalised(StateText(r.State))], $"{r.Name}: {StateText(r.State)}"))])
            .Heading2("Running balances")
            .Table(
                ["Source of funding", "Income", "Spent to date", "Percentage spent", "Balance"],
                [.. digest.Balances.Select(b => new TableRow(
                    [b.Source, Money(b.Income), Money(b.ExpenditureToDate), MoneyFormat.Percentage(b.PercentageSpent), Money(b.Balance)],
                    $"{b.Source}: income {Money(b.Income)}, spent to date {Money(b.ExpenditureToDate)}"
                    + (b.PercentageSpent is null ? "" : $" ({MoneyFormat.Percentage(b.PercentageSpent)})") + $", balance {Money(b.Balance)}"))],
                firstNumericColumn: 1);
        if (digest.LeftOut.Count > 0)
        {
            letter.Heading2("Left out of the figures").Bullets(digest.LeftOut);
        }
        letter.Heading2(digest.Warnings.Count == 0 ? "Warnings" : $"Warnings ({digest.Warnings.Count.ToString(Invariant)})");
        if (digest.Warnings.Count == 0)
        {
            letter.Para("There are no warnings.");
        }
        else
        {
            letter.Bullets(digest.Warnings);
        }
        letter
            .Heading2("Your decision")
            .Para("On the area return page you can approve the return, or send named contributors' returns back with a reason.")
            .Para(BeforeYouApprove)
            .Link("Open the area return page", page)
            .Footnote(Service);
        var subject = digest.Round > 1
            ? $"Ready for sign-off again, with new figures: the Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}"
            : $"Ready for sign-off: the Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}";
        return (subject, letter);
    }

    /// <summary>The lead's own parts of the template, said in the sign-off request and its reminders.</summary>
    private const string BeforeYouApprove = "Before you approve, complete your parts of the template on the same page: the Cover, the National Conditions and the Metrics. "
        + "You can also attach the blank reporting workbook NHS England sent for this quarter, to have it filled in with the figures and your answers.";

    private static (string, Letter) SignOffReminder(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var letter = Greeting(d)
            .Para($"The Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, is still waiting for your sign-off. {Submission(d)}")
            .Para("On the area return page you can approve the return, or send named contributors' returns back with a reason.")
            .Para(BeforeYouApprove)
            .Link("Open the area return page", page)
            .Footnote(Service);
        return ($"Reminder: the Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, is waiting for your sign-off", letter);
    }

    private static (string, Letter) Final(EmailDraft d, Uri page)
    {
        var c = d.Cycle;
        var approved = $"The Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}, was approved by {d.ApprovedBy ?? c.LeadName} at {UkTime.Describe(d.WrittenAt)}.";
        var subject = $"Approved: the Better Care Fund return for {c.Area}, {c.Quarter} {c.Year}";
        if (d.Audience == EmailAudience.Lead)
        {
            var downloads = "The final template is ready to download on the area return page, with your answers to the Cover, the National Conditions "
                + (d.WorkbookFilled ? "and the Metrics, and NHS England's reporting workbook filled in." : "and the Metrics.");
            var lead = Greeting(d)
                .Para(approved)
                .Para($"{downloads} {Submission(d)}".TrimEnd());
            if (d.WorkbookFilled)
            {
                lead.Para("NHS England's workbook works out its own ‘Complete Template’ from its own checklist: check it before you send it.");
            }
            lead.Link("Open the area return page", page)
                .Footnote(Service);
            return (subject, lead);
        }
        if (d.ReturnMissing)
        {
            var missing = Greeting(d)
                .Para(approved)
                .Para("It was approved without a return from you, so your schemes' rows in the final template are blank.")
                .Para("You can see the final template on your return page.")
                .Link("Open your return page", page);
            return (subject, SignedByLead(missing, c));
        }
        var letter = Greeting(d)
            .Para($"{approved} Thank you for your return.")
            .Para("You can download the final template from your return page.")
            .Link("Open your return page", page);
        return (subject, SignedByLead(letter, c, withContact: false));
    }

    private static Letter Greeting(EmailDraft d) => new Letter().Para(string.IsNullOrWhiteSpace(d.ToName) ? "Hello," : $"Dear {d.ToName},");

    /// <summary>Contributors' emails come from the lead, who is the person to ask.</summary>
    private static Letter SignedByLead(Letter letter, EmailCycle c, bool withContact = true)
    {
        if (withContact)
        {
            letter.Para($"If you have a question, please contact {c.LeadName} at {c.LeadEmail}.");
        }
        return letter
            .Para($"{c.LeadName}\nBetter Care Fund lead for {c.Area}")
            .Footnote(Service);
    }

    /// <summary>"It is due with NHS England by …" for the lead, or nothing when the draft carries no date.</summary>
    private static string Submission(EmailDraft d) => d.Due is { } due
        ? $"It {(d.WrittenAt >= due ? "was" : "is")} due with NHS England by {UkTime.Describe(due)}."
        : "";

    private static DateTimeOffset DueOf(EmailDraft d) =>
        d.Due ?? throw new InvalidOperationException($"A {d.Purpose} email needs a due date.");

    /// <summary>" (July to September 2024)": the months of the quarter in its financial year; empty if unreadable.</summary>
    private static string Months(EmailCycle c)
    {
        if (!Quarter.TryParse(c.Quarter, out var quarter) || !FinancialYear.IsValid(c.Year))
        {
            return "";
        }
        var end = quarter.EndDate(c.Year);
        return $" ({end.AddMonths(-2).ToString("MMMM", Invariant)} to {end.ToString("MMMM yyyy", Invariant)})";
    }

    private static string StateText(string state) => state switch
    {
        ContributorStates.Submitted => "received",
        ContributorStates.Awaiting => "not received",
        ContributorStates.Late => "not received (late)",
        ContributorStates.SentBack => "sent back, waiting for a new version",
        _ => state,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Money(decimal amount) => MoneyFormat.PoundsAndAnyPence(amount);

    /// <summary>"85 (Number of adaptations funded)", or null when the plan sets no outputs for the scheme.</summary>
    private static string? Outputs(PlannedScheme s) => s.PlannedOutputs is { } n
        ? string.IsNullOrWhiteSpace(s.Units) ? n.ToString("#,##0.##", Invariant) : $"{n.ToString("#,##0.##", Invariant)} ({s.Units.Trim()})"
        : null;

    /// <summary>A subject is one line, whatever a name holds.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
