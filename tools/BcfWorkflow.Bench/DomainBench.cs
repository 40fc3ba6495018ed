using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Bench;

/// <summary>The per-return path at the size of a large area (one contributor, 100 schemes, a 100-row return).</summary>
public static class DomainBench
{
    public const int Rows = 100;
    private const string FileName = "synthetic.csv";

    public static DomainFigures Run(int warmup, int iterations)
    {
        var plan = SyntheticArea.Plan("Synthetic", contributorCount: 1, schemesPerContributor: Rows);
        var contributorId = plan.Contributors[0].Id;
        var csv = SyntheticArea.ReturnCsv(plan, contributorId);
        var ours = ReturnReader.Read(plan, contributorId, new MemoryStream(csv), FileName);
        var naive = NaiveReturnReader.Read(plan, contributorId, new MemoryStream(csv), FileName);
        if (!ours.IsValid || !naive.IsValid || !ours.Return!.Rows.SequenceEqual(naive.Return!.Rows))
        {
            throw new InvalidOperationException("The synthetic return must be valid and read alike by both readers: "
                + string.Join("; ", ours.Issues.Concat(naive.Issues)));
        }
        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [ours.Return]);
        var (parse, naiveParse) = StopwatchHarness.Compare(
            "parse+validate", () => ReturnReader.Read(plan, contributorId, new MemoryStream(csv), FileName),
            "naive parse+validate", () => NaiveReturnReader.Read(plan, contributorId, new MemoryStream(csv), FileName),
            warmup, iterations);

        return new DomainFigures(
            Rows,
            parse,
            naiveParse,
            StopwatchHarness.Measure("aggregate", warmup, iterations, () => AreaAggregator.Aggregate(plan, new Quarter(2), [ours.Return])),
            StopwatchHarness.Measure("render xlsx", warmup, iterations, () => Render(summary, (s, o) => TemplateXlsxWriter.Write(s, TemplateCover.Empty, o))),
            StopwatchHarness.Measure("render csv", warmup, iterations, () => Render(summary, TemplateCsvWriter.Write)));
    }

    private static long Render(AreaSummary summary, Action<AreaSummary, Stream> write)
    {
        using var output = new MemoryStream();
        write(summary, output);
        return output.Length;
    }
}
