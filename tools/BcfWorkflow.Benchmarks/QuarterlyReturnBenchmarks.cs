using BcfWorkflow.Bench;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BenchmarkDotNet.Attributes;

namespace BcfWorkflow.Benchmarks;

/// <summary>The quarterly path at the size of a large area: 100 schemes, a 100-row return.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuarterlyReturnBenchmarks
{
    private const int SchemeCount = 100;
    private static readonly string ContributorId = SyntheticArea.ContributorId(1);
    private Plan plan = null!;
    private byte[] returnCsv = [];
    private ContributorReturn contributorReturn = null!;
    private AreaSummary summary = null!;

    [GlobalSetup]
    public void Setup()
    {
        plan = SyntheticArea.Plan("Synthetic", contributorCount: 1, schemesPerContributor: SchemeCount);
        returnCsv = SyntheticArea.ReturnCsv(plan, ContributorId);
        var read = ReturnReader.Read(plan, ContributorId, new MemoryStream(returnCsv), "synthetic.csv");
        contributorReturn = read.IsValid
            ? read.Return!
            : throw new InvalidOperationException("The synthetic return is invalid: " + string.Join("; ", read.Errors));
        summary = AreaAggregator.Aggregate(plan, new Quarter(2), [contributorReturn]);
    }

    [Benchmark]
    public ReturnReadResult ParseAndValidate100RowReturn() =>
        ReturnReader.Read(plan, ContributorId, new MemoryStream(returnCsv), "synthetic.csv");

    [Benchmark]
    public AreaSummary Aggregate100Schemes() => AreaAggregator.Aggregate(plan, new Quarter(2), [contributorReturn]);

    [Benchmark]
    public long Render100SchemeXlsx()
    {
        using var output = new MemoryStream();
        TemplateXlsxWriter.Write(summary, TemplateCover.Empty, output);
        return output.Length;
    }

    [Benchmark]
    public long Render100SchemeCsv()
    {
        using var output = new MemoryStream();
        TemplateCsvWriter.Write(summary, output);
        return output.Length;
    }
}
