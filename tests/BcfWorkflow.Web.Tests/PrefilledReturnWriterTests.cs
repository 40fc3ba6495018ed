using System.Text;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Web.Tests.Support;

namespace BcfWorkflow.Web.Tests;

public sealed class PrefilledReturnWriterTests
{
    private static readonly Plan Plan = ReadPlan(new TestArea("Prefillshire", ["blaby", "charnwood"]).PlanJson());

    public static TheoryData<string> Formats => ["csv", "xlsx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_KnownFigures_ReadsBackAsTheSameValidReturn(string format)
    {
        var known = new ContributorReturn("blaby", "blaby-v1.csv", [new ReturnRow("39", 346085m, 40m, "On track")]);

        var read = RoundTrip(format, known, keepComments: true);

        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal(new ReturnRow("39", 346085m, 40m, "On track"), read.Return!.Rows.Single());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_NoKnownFigures_LeavesSpendBlankForTheContributor(string format)
    {
        var read = RoundTrip(format, known: null, keepComments: false);

        Assert.False(read.IsValid);
        Assert.Contains(read.Errors, e => e.Row == 2 && e.Column == ReturnColumns.ExpenditureToDate);
    }

    [Fact]
    public void WriteCsv_LastQuartersComments_AreNotCarriedOver()
    {
        var known = new ContributorReturn("blaby", "q1.csv", [new ReturnRow("39", 100m, 5m, "Q1 note")]);
        using var output = new MemoryStream();

        PrefilledReturnWriter.WriteCsv(Plan, "blaby", known, keepComments: false, output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains(",100,", text);
        Assert.DoesNotContain("Q1 note", text);
    }

    [Fact]
    public void WriteCsv_CommentStartingLikeAFormula_IsNeutralised()
    {
        var known = new ContributorReturn("blaby", "v1.csv", [new ReturnRow("39", 1m, 1m, "=HYPERLINK(\"http://x\")")]);
        using var output = new MemoryStream();

        PrefilledReturnWriter.WriteCsv(Plan, "blaby", known, keepComments: true, output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
    }

    [Fact]
    public void WriteCsv_HasTheTemplateColumnsAndOnlyTheContributorsSchemes()
    {
        using var output = new MemoryStream();

        PrefilledReturnWriter.WriteCsv(Plan, "charnwood", null, keepComments: false, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Scheme ID,Scheme Name,Brief Description,", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("40,Charnwood Borough Council,", lines[1]);
        Assert.Contains(",947908,", lines[1]);
    }

    [Fact]
    public void Write_UnknownContributor_Throws() =>
        Assert.Throws<ArgumentException>(() => PrefilledReturnWriter.WriteCsv(Plan, "nobody", null, false, new MemoryStream()));

    private static ReturnReadResult RoundTrip(string format, ContributorReturn? known, bool keepComments)
    {
        using var output = new MemoryStream();
        if (format == "csv")
        {
            PrefilledReturnWriter.WriteCsv(Plan, "blaby", known, keepComments, output);
        }
        else
        {
            PrefilledReturnWriter.WriteXlsx(Plan, "blaby", known, keepComments, output);
        }
        output.Position = 0;
        return ReturnReader.Read(Plan, "blaby", output, "prefilled." + format);
    }

    private static Plan ReadPlan(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var read = PlanReader.Read(stream, "plan.json");
        return read.Plan ?? throw new InvalidOperationException(string.Join("\n", read.Issues));
    }
}
