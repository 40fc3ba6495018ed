namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The cycle an email is about, as people name it, and the lead who signs the contributors' emails.</summary>
/// <param name="Quarter">"Q1".."Q4".</param>
/// <param name="Year">"2024-25".</param>
public sealed record EmailCycle(string Area, string Year, string Quarter, string LeadName, string LeadEmail);
