using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;
using Xunit.Abstractions;

namespace BcfWorkflow.Security.Tests.Uploads;

/// <summary>Bombs straight into ReturnReader, measuring what they cost (figures in docs/reliability.md).</summary>
public sealed class HostileReturnMemoryTests(ITestOutputHelper output)
{
    /// <summary>Four times the 20 MB file cap: a reader that inflated a bomb would blow through it.</summary>
    private const long AllocationBound = 80L * 1024 * 1024;

    public static TheoryData<string> Bombs => ["declared 200 MB sheet", "lying 200 MB sheet", "declared 3 x 19 MB", "billion laughs", "external entity", "19.5 MB of shared strings"];

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Read_Bomb_IsAnIssueWithBoundedMemory(string bomb)
    {
        var bytes = bomb switch
        {
            "declared 200 MB sheet" => HostileFiles.DeclaredZipBomb(200),
            "lying 200 MB sheet" => HostileFiles.LyingZipBomb(200),
            "declared 3 x 19 MB" => RawXlsx.WithSheet(_ => { }, [.. Enumerable.Range(1, 3).Select(i => ($"xl/pad{i}.xml", new string(' ', 19 * 1024 * 1024)))]),
            "billion laughs" => HostileFiles.BillionLaughs(),
            "19.5 MB of shared strings" => RawXlsx.WithSharedStrings(SharedStringsBomb, """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>
                """),
            _ => HostileFiles.ExternalEntity(),
        };

        var measured = Measure.Run(() => ReturnReader.Read(TestPlan.Create(), TestPlan.Blaby, new MemoryStream(bytes), "blaby.xlsx"));

        output.WriteLine($"{bomb}: {bytes.Length:N0} bytes on the wire; {measured}; {string.Join(" | ", measured.Result.Issues)}");
        Assert.False(measured.Result.IsValid);
        var issue = Assert.Single(measured.Result.Issues);
        Assert.Contains(issue.Code, new[] { IssueCodes.TooLarge, IssueCodes.NotATable });
        Assert.StartsWith("blaby.xlsx: ", issue.ToString(), StringComparison.Ordinal);
        Assert.True(measured.AllocatedBytes < AllocationBound, $"allocated {measured.AllocatedBytes:N0} bytes");
    }

    /// <summary>500 shared strings of 39,000 characters each: about 19.5 MB of text from a file of some 50 KB.</summary>
    private static void SharedStringsBomb(Stream stream)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true);
        writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        var text = new string('x', 39_000);
        for (var i = 0; i < 500; i++)
        {
            writer.Write($"<si><t>{text}</t></si>");
        }
        writer.Write("</sst>");
    }
}
