namespace BcfWorkflow.Functions.Cycles;

/// <summary>The areas that have a plan stored for a financial year.</summary>
public interface IPlanAreas
{
    /// <returns>Names the plan store finds the plan by (area slugs for the blob store).</returns>
    Task<IReadOnlyList<string>> ListAsync(string year, CancellationToken cancellationToken = default);
}
