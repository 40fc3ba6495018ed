using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Reads a contributor's return (CSV, or the first sheet of an .xlsx) and validates it against the plan.</summary>
public static class ReturnReader
{
    /// <param name="contributorId">The contributor expected; null to infer it from the scheme ids.</param>
    /// <param name="previous">Last quarter's return of the same contributor, when known (cumulative spend must not fall without a comment).</param>
    public static ReturnReadResult Read(Plan plan, string? contributorId, Stream content, string fileName, ContributorReturn? previous = null)
        => throw new NotImplementedException("CONTRACT STUB");
}
