using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Events;

/// <summary>A validated return was stored as <paramref name="Return"/> (raised by the application service).</summary>
public sealed record ReturnSubmitted(ReturnRef Return, string SubmittedBy, DateTimeOffset SubmittedAt);
