namespace BcfWorkflow.Domain.Model;

/// <summary>The area's BCF lead, who signs the quarterly return off.</summary>
public sealed record Lead(string Name, string Email);
