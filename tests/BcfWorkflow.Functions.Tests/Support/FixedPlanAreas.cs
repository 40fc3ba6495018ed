using BcfWorkflow.Functions.Cycles;

namespace BcfWorkflow.Functions.Tests.Support;

public sealed class FixedPlanAreas(params string[] areas) : IPlanAreas
{
    public Task<IReadOnlyList<string>> ListAsync(string year, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(areas);
}
