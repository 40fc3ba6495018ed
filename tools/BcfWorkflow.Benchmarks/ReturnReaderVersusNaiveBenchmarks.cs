using BcfWorkflow.Bench;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BenchmarkDotNet.Attributes;

namespace BcfWorkflow.Benchmarks;

/// <summary>Per-return processing against the naive baseline in the same run: the Ratio column is ours / naive
/// (below 0.2 means at least 5x faster). Per row: divide Mean and Allocated by 100.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReturnReaderVersusNaiveBenchmarks
{
    private const int Rows = 100;
    private static readonly string ContributorId = SyntheticArea.ContributorId(1);
    private Plan plan = null!;
    private byte[] returnCsv = [];

    [GlobalSetup]
    public void Setup()
    {
        plan = SyntheticArea.Plan("Synthetic", contributorCount: 1, schemesPerContributor: Rows);
        returnCsv = SyntheticArea.ReturnCsv(plan, ContributorId);
    }

    [Benchmark(Baseline = true, Description = "naive CsvHelper + LINQ")]
    public ReturnReadResult Naive() => NaiveReturnReader.Read(plan, ContributorId, new MemoryStream(returnCsv), "synthetic.csv");

    [Benchmark(Description = "ReturnReader")]
    public ReturnReadResult Ours() => ReturnReader.Read(plan, ContributorId, new MemoryStream(returnCsv), "synthetic.csv");
}
