namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>An email as data, the input of the SendEmail activity. The orchestrators compose it
/// (<see cref="Emails.CycleEmails"/>: pure, so replay-safe); the activity writes the words, text and HTML, with a link
/// to the configured public address (<see cref="Emails.EmailWriter"/>). So the orchestrators read no configuration, and
/// their history keeps these facts rather than whole letters.</summary>
/// <param name="MessageId">Deterministic id, <c>{instanceId}/{purpose}/{n}</c>: see <see cref="EmailMessage.MessageId"/>.</param>
/// <param name="Purpose">One of <see cref="EmailPurposes"/>: which letter is written.</param>
/// <param name="WrittenAt">The orchestration's time when it asked for the email ("is due" or "was due").</param>
/// <param name="Due">The date that matters to the reader: the return's due date for a contributor, the national
/// submission date for the lead.</param>
/// <param name="About">The contributor the email is about: its schemes (request), its name and address (escalation).</param>
/// <param name="RemindersSent">How many reminders the contributor had (escalation).</param>
/// <param name="Reason">The lead's reason (sent back).</param>
/// <param name="SignOff">Balances, returns and warnings (sign-off request).</param>
/// <param name="ApprovedBy">Who approved the return (final).</param>
/// <param name="ReturnMissing">The contributor sent no return and the area return was approved without it (final).</param>
/// <param name="WorkbookFilled">NHS England's reporting workbook was attached and is among the downloads, filled in
/// (final, to the lead). Absent from drafts queued before it existed: read as false.</param>
public sealed record EmailDraft(
    string MessageId,
    string Purpose,
    string CycleId,
    string To,
    string? ToName,
    EmailAudience Audience,
    EmailCycle Cycle,
    DateTimeOffset WrittenAt,
    DateTimeOffset? Due = null,
    RosterContributor? About = null,
    int RemindersSent = 0,
    string? Reason = null,
    SignOffDigest? SignOff = null,
    string? ApprovedBy = null,
    bool ReturnMissing = false,
    bool WorkbookFilled = false);
