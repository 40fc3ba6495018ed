using System.IO.Compression;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Security.Tests.Uploads;
using BcfWorkflow.Testing;
using Xunit.Abstractions;

namespace BcfWorkflow.Security.Tests.Fuzzing;

/// <summary>Mutated CSV and xlsx returns through ReturnReader.Read: no exception escapes, and the same input gives the
/// same issues. 2,000 inputs per format in CI; 100,000 with BCF_LONG_TESTS=1.</summary>
public sealed class ReturnReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("BCF_LONG_TESTS") == "1";
    private static int Count => Long ? 100_000 : 2_000;

    [Theory]
    [InlineData("csv", 1001)]
    [InlineData("xlsx bytes", 2002)]
    [InlineData("xlsx sheet xml", 3003)]
    public void Read_MutatedReturns_NeverThrowsAndIsDeterministic(string kind, int seed)
    {
        var mutator = new ReturnMutator(seed);
        var plan = TestPlan.Create();
        var (valid, invalid, failures) = (0, 0, new List<string>());
        for (var i = 0; i < Count; i++)
        {
            var input = kind switch
            {
                "csv" => mutator.Mutate(HostileFiles.BlabyCsv("a comment, with \"quotes\"")),
                "xlsx bytes" => mutator.Mutate(HostileFiles.BlabyXlsx()),
                _ => ResheetWith(mutator),
            };
            var name = i % 2 == 0 ? "blaby.csv" : "blaby.xlsx";
            try
            {
                var first = ReturnReader.Read(plan, i % 3 == 0 ? null : TestPlan.Blaby, new MemoryStream(input), name);
                var second = ReturnReader.Read(plan, i % 3 == 0 ? null : TestPlan.Blaby, new MemoryStream(input), name);
                Assert.Equal(first.Issues, second.Issues);
                Assert.Equal(first.IsValid, second.IsValid);
                if (first.IsValid)
                {
                    valid++;
                }
                else
                {
                    Assert.NotEmpty(first.Errors);
                    invalid++;
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"#{i}: {e.GetType().Name}: {e.Message} [{Convert.ToBase64String(input)}]");
            }
        }
        output.WriteLine($"{kind}: {Count:N0} inputs (seed {seed}): {valid:N0} valid, {invalid:N0} rejected with issues, {failures.Count} exceptions");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    /// <summary>A valid workbook with a mutated sheet1.xml (so the zip itself stays readable).</summary>
    private static byte[] ResheetWith(ReturnMutator mutator)
    {
        using var original = new ZipArchive(new MemoryStream(HostileFiles.BlabyXlsx()), ZipArchiveMode.Read);
        using var sheet = new MemoryStream();
        using (var stream = original.GetEntry(RawXlsx.SheetPath)!.Open())
        {
            stream.CopyTo(sheet);
        }
        var mutated = mutator.Mutate(sheet.ToArray());
        return RawXlsx.WithSheet(s => s.Write(mutated));
    }
}
