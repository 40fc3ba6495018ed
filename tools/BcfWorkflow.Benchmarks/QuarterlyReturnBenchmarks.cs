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
    private Plan _plan = null!;
    private byte[] _returnCsv = [];
    private ContributorReturn _return = null!;
    private AreaSummary _summary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plan = SyntheticArea.Plan("Synthetic", contributorCount: 1, schemesPerContributor: SchemeCount);
        _returnCsv = SyntheticArea.ReturnCsv(_plan, ContributorId);
        var read = ReturnReader.Read(_plan, ContributorId, new MemoryStream(_returnCsv), "synthetic.csv");
        _return = read.IsValid
            ? read.Return!
            : throw new InvalidOperationException("The synthetic return is invalid: " + string.Join("; ", read.Errors));
        _summary = AreaAggregator.Aggregate(_plan, new Quarter(2), [_return]);
    }

    [Benchmark]
    public ReturnReadResult ParseAndValidate100RowReturn() =>
        ReturnReader.Read(_plan, ContributorId, new MemoryStream(_returnCsv), "synthetic.csv");

    [Benchmark]
    public AreaSummary Aggregate100Schemes() => AreaAggregator.Aggregate(_plan, new Quarter(2), [_return]);

    [Benchmark]
    public long Render100SchemeXlsx()
    {
        using var output = new MemoryStream();
        TemplateXlsxWriter.Write(_summary, TemplateCover.Empty, output);
        return output.Length;
    }

    [Benchmark]
    public long Render100SchemeCsv()
    {
        using var output = new MemoryStream();
        TemplateCsvWriter.Write(_summary, output);
        return output.Length;
    }
}
