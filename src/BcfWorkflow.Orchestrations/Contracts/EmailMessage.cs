namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>An email as sent: what <see cref="Emails.EmailWriter"/> wrote from an <see cref="EmailDraft"/>.</summary>
/// <param name="MessageId">Deterministic id, <c>{instanceId}/{purpose}/{n}</c>: the same logical email always has the same id,
/// so a retried activity or a replayed orchestration is recognised and not sent twice.</param>
/// <param name="Purpose">What the email is for (one of <see cref="EmailPurposes"/>), for logs and the outbox.</param>
/// <param name="CycleId">The cycle the email belongs to (the key of <see cref="Ports.ISentEmailLog"/>).</param>
/// <param name="HtmlBody">The same letter as HTML, sent beside the text as multipart/alternative; null for text only.</param>
public sealed record EmailMessage(
    string MessageId,
    string To,
    string Subject,
    string TextBody,
    string Purpose = "",
    string? ToName = null,
    string CycleId = "",
    string? HtmlBody = null);

/// <summary>The cycle an email is about, as people name it, and the lead who signs the contributors' emails.</summary>
/// <param name="Quarter">"Q1".."Q4".</param>
/// <param name="Year">"2024-25".</param>
public sealed record EmailCycle(string Area, string Year, string Quarter, string LeadName, string LeadEmail);

/// <summary>Who an email is for, which decides the page its link opens.</summary>
public enum EmailAudience
{
    /// <summary>A contributor: the link opens its return page for the cycle.</summary>
    Contributor,

    /// <summary>The BCF lead: the link opens the area return page for the cycle.</summary>
    Lead,
}
