namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The lead asked for a reminder to go to a contributor now ("Remind now" on the status board).</summary>
public sealed record ReminderRequested(string RequestedBy, DateTimeOffset At);
