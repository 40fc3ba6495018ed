namespace BcfWorkflow.Orchestrations.Events;

/// <summary>The cycle was approved and its template written.</summary>
public sealed record CycleFinalized(int TemplateVersion, DateTimeOffset At);
