namespace BcfWorkflow.Bench;

/// <summary>The per-return figures: ours, the naive baseline on the same input, and the rest of the path.</summary>
public sealed record DomainFigures(int Rows, Measurement Parse, Measurement NaiveParse, Measurement Aggregate, Measurement Xlsx, Measurement Csv)
{
    /// <summary>How many times faster ours is than the baseline (median against median).</summary>
    public double SpeedUp => NaiveParse.Median / Parse.Median;

    public double AllocationRatio => NaiveParse.AllocatedBytes / Parse.AllocatedBytes;
}
