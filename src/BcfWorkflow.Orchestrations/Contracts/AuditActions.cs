namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The values of <see cref="AuditEntry.Action"/> (also the middle part of the entry's id).</summary>
public static class AuditActions
{
    public const string CycleOpened = "cycle-opened";
    public const string ReturnSubmitted = "return-submitted";
    public const string CollectionClosed = "collection-closed";

    /// <summary>Recorded once the lead's sign-off request email has gone, so the cycle already shows it awaits sign-off.</summary>
    public const string SignOffRequested = "sign-off-requested";

    public const string SentBack = "sent-back";
    public const string Approved = "approved";

    /// <summary>An approval that arrived with newer versions already stored: not applied; a new round follows.</summary>
    public const string ApprovalSuperseded = "approval-superseded";
    public const string TemplateWritten = "template-written";

    /// <summary>An email still failing after the activity's retries: the cycle goes on, and the lead can see who was not told.</summary>
    public const string EmailFailed = "email-failed";

    // Written by the HTTP API, not the cycle: the lead's requests as received, a return refused because it arrived
    // after the approval took effect (kept, not in the template), and a refused request.
    public const string SignOffDecision = "sign-off-decision";
    public const string CloseRequested = "close-requested";
    public const string ReminderRequested = "reminder-requested";
    public const string AnswersSaved = "answers-saved";
    public const string WorkbookAttached = "workbook-attached";
    public const string ReturnAfterApproval = "return-after-approval";
    public const string AccessDenied = "access-denied";
}
