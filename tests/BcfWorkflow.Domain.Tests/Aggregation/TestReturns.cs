using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

/// <summary>Contributor returns built directly (the reader is tested elsewhere).</summary>
internal static class TestReturns
{
    public static ContributorReturn For(string contributorId, params ReturnRow[] rows) =>
        new(contributorId, $"{contributorId}.csv", rows);

    public static ReturnRow Row(string schemeId, decimal spend, decimal? outputs = null, string comments = "") =>
        new(schemeId, spend, outputs, comments);
}
