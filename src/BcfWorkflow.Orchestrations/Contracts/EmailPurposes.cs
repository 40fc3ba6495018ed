namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The kinds of email the workflow sends (the middle part of <see cref="EmailMessage.MessageId"/>).</summary>
public static class EmailPurposes
{
    public const string Request = "request";
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
    public const string SentBack = "sent-back";
    public const string SignOffRequest = "sign-off";
    public const string SignOffReminder = "sign-off-reminder";
    public const string Final = "final";

    /// <summary>The purpose in words for people ("reminder", "sign-off request").</summary>
    public static string Describe(string purpose) => purpose switch
    {
        Request => "request",
        SentBack => "sent-back",
        SignOffRequest => "sign-off request",
        SignOffReminder => "sign-off reminder",
        Final => "approval",
        _ => purpose,
    };
}
