namespace BcfWorkflow.Bench;

/// <summary>The median time of one operation over repeated runs, and what one run allocates on average.</summary>
public sealed record Measurement(string Name, int Iterations, TimeSpan Median, double AllocatedBytes)
{
    public double MedianMicroseconds => Median.TotalMicroseconds;
}
