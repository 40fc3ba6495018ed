namespace BcfWorkflow.Domain.Model;

/// <summary>An organisation that returns the rows of its own schemes (a district council, the county, the ICB).</summary>
public sealed record Contributor(string Id, string Name, string Email, IReadOnlyList<string> SchemeIds);
