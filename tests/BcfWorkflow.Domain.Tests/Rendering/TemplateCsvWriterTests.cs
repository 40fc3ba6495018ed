using System.Text;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class TemplateCsvWriterTests
{
    private const string ExpectedHeader =
        "Scheme ID,Scheme Name,Brief Description,Scheme Type,Sub Types,Please specify if 'Scheme Type' is 'Other'," +
        "Planned Outputs for the year,Outputs delivered to date,Units,Area of Spend,Please specify if 'Area of Spend' is 'other'," +
        "Commissioner,% NHS,% LA,Provider,Source of Funding,Previously entered expenditure for the year (£),Expenditure to date (£),Comments";

    [Fact]
    public void Write_Summary_Utf8BomThenExactHeaderLine()
    {
        var bytes = Write(SampleSummary.Create());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal(ExpectedHeader, Lines(bytes)[0]);
    }

    [Fact]
    public void Write_Summary_CrlfAfterEveryRecordAndNoBareLf()
    {
        var text = Text(Write(SampleSummary.Create()));

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReturnedScheme_PlainNumbersNoPoundSign()
    {
        var lines = Lines(Write(SampleSummary.Create()));

        Assert.Equal(
            "39,Blaby District Council,Integrated Blaby Planning,DFG Related Schemes,\"Adaptations, including statutory DFG grants\",,85,40," +
            "Number of adaptations funded/people supported,Social Care,,LA,,,Local Authority,DFG,603345,346085,",
            lines[1]);
    }

    [Fact]
    public void Write_JointSchemeWithNaAndFormulaComment_QuotedEscapedAndRounded()
    {
        var lines = Lines(Write(SampleSummary.Create()));

        Assert.Equal(
            "11,\"Reablement, at home\",\"Home-based \"\"reablement\"\"\",Home-based intermediate care services,,,2000,NA," +
            "Packages,Social Care,,Joint,60,40,Local Authority,Minimum NHS Contribution,5000001,1235," +
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
            lines[2]);
    }

    [Fact]
    public void Write_SchemeNotReturned_OutputsAndExpenditureBlank()
    {
        var lines = Lines(Write(SampleSummary.Create()));

        Assert.Equal(
            "45,Hoarding Project,Support for people who hoard,DFG Related Schemes,Other,,,,,Social Care,,LA,,,Local Authority,DFG,315000,,",
            lines[3]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 116 123 4567", "'+44 116 123 4567")]
    [InlineData("-5 adaptations", "'-5 adaptations")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\r=cmd", "\"'\r'=cmd\"")]
    [InlineData("a;=4+4", "\"a;'=4+4\"")]
    [InlineData("ok, =HYPERLINK(x)", "\"ok, '=HYPERLINK(x)\"")]
    [InlineData("a - b, c", "\"a - b, c\"")]
    [InlineData("ok,=HYPERLINK(x)", "\"ok,'=HYPERLINK(x)\"")]
    [InlineData("line\n@cmd", "\"line\n'@cmd\"")]
    [InlineData("Spend on track", "Spend on track")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    public void Write_CommentStartingLikeAFormula_PrefixedWithQuote(string comment, string expectedField)
    {
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Hoarding, true, 10m, null, comment));

        var text = Text(Write(summary));

        Assert.Equal(
            "45,Hoarding Project,Support for people who hoard,DFG Related Schemes,Other,,,NA,,Social Care,,LA,,,Local Authority,DFG,315000,10," + expectedField,
            text.Split("\r\n")[1]);
    }

    [Fact]
    public void Write_TextFieldsFromThePlan_AlsoNeutralised()
    {
        var scheme = SampleSummary.Hoarding with { Id = "-1", Name = "@evil", Provider = "=cmd|' /C calc'!A0" };

        var lines = Lines(Write(SampleSummary.Create(new SchemeLine(scheme, true, 10m, null, ""))));

        Assert.StartsWith("'-1,'@evil,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NegativeAmount_WrittenAsANumberNotNeutralised()
    {
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Hoarding, true, -1_500.4m, 0m, ""));

        var fields = Lines(Write(summary))[1].Split(',');

        Assert.Equal(("0", "-1500"), (fields[7], fields[17]));
    }

    [Fact]
    public void Write_StreamLeftOpen_CallerCanKeepWriting()
    {
        using var output = new MemoryStream();

        TemplateCsvWriter.Write(SampleSummary.Create(), output);

        Assert.True(output.CanWrite);
        Assert.True(output.Length > ExpectedHeader.Length);
    }

    private static byte[] Write(AreaSummary summary)
    {
        using var output = new MemoryStream();
        TemplateCsvWriter.Write(summary, output);
        return output.ToArray();
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);

    private static string[] Lines(byte[] bytes) => Text(bytes).Split("\r\n");
}
