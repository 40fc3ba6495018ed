using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Reads stored return versions back into validated returns (they were validated on upload; the plan may
/// have changed since, so problems are reported rather than thrown).</summary>
internal static class StoredReturnLoader
{
    public static async Task<(List<ContributorReturn> Returns, List<string> Problems)> LoadAsync(
        IReturnStore store, Plan plan, IEnumerable<ReturnRef> refs)
    {
        var returns = new List<ContributorReturn>();
        var problems = new List<string>();
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
                problems.AddRange(read.Errors.Select(e => $"{returnRef.ContributorId} excluded: {e}"));
            }
        }
        return (returns, problems);
    }
}
