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
