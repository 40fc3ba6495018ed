using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Reads stored return versions back into validated returns (they were validated on upload; the plan may
/// have changed since, so a return that no longer reads is left out and said so, rather than thrown).</summary>
internal static class StoredReturnLoader
{
    /// <returns>The returns that read, and one sentence per return left out (by the contributor's name, for the lead).</returns>
    public static async Task<(List<ContributorReturn> Returns, List<string> LeftOut)> LoadAsync(
        IReturnStore store, Plan plan, IEnumerable<ReturnRef> refs)
    {
        var returns = new List<ContributorReturn>();
        var leftOut = new List<string>();
        foreach (var returnRef in refs)
        {
            var content = await store.ReadAsync(returnRef);
            using var stream = new MemoryStream(content, writable: false);
            var read = ReturnReader.Read(plan, returnRef.ContributorId, stream, returnRef.FileName);
            if (read.IsValid && read.Return is not null)
            {
                returns.Add(read.Return);
            }
            else
            {
                var errors = read.Errors.ToList();
                var name = plan.FindContributor(returnRef.ContributorId)?.Name ?? returnRef.ContributorId;
                var more = errors.Count > 1 ? $" (and {errors.Count - 1} more problem{(errors.Count == 2 ? "" : "s")})" : "";
                leftOut.Add($"{name}'s latest return no longer matches the plan, so it is left out of the figures: {errors.FirstOrDefault()?.Message}{more}");
            }
        }
        return (returns, leftOut);
    }
}
