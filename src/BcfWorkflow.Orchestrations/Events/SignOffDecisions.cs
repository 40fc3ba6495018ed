namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The values of <see cref="SignOffDecided.Decision"/>.</summary>
public static class SignOffDecisions
{
    public const string Approve = "approve";
    public const string SendBack = "sendBack";
}
