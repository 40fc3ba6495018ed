using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class CsvTableReaderTests
{
    private static List<string[]> Cells(TableReadResult result) => result.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndNewlines_KeepsThemInOneCell()
    {
        var result = CsvTableReader.Read("a,b,c\r\n\"1,2\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,y,z\r\n", "f.csv");

        Assert.Null(result.Problem);
        Assert.Equal(new[] { "1,2", "say \"hi\"", "two\r\nlines" }, Cells(result)[1]);
        Assert.Equal(new[] { 1, 2, 3 }, result.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\rc,d")]
    [InlineData("a,b\r\nc,d")]
    public void Read_AnyLineEnding_GivesTheSameRows(string text)
    {
        var result = CsvTableReader.Read(text, "f.csv");

        Assert.Equal(new[] { new[] { "a", "b" }, new[] { "c", "d" } }, Cells(result));
    }

    [Fact]
    public void Read_BlankLines_AreSkippedButCounted()
    {
        var result = CsvTableReader.Read("a,b\n\n,\nc,d\n", "f.csv");

        Assert.Equal(new[] { 1, 4 }, result.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_RowsWiderThanTheFirstLine_KeepEveryCell()
    {
        // The reader sizes its cell store from the first line: wider rows make it grow while earlier rows are held.
        var wide = string.Join(",", Enumerable.Range(1, 40));
        var text = "a\n" + string.Concat(Enumerable.Repeat(wide + "\n", 30)) + "\n,,\nlast";

        var result = CsvTableReader.Read(text, "f.csv");

        Assert.Null(result.Problem);
        Assert.Equal(32, result.Rows.Count);
        Assert.All(Cells(result).Skip(1).Take(30), row => Assert.Equal(Enumerable.Range(1, 40).Select(n => n.ToString()), row));
        Assert.Equal(new[] { "last" }, Cells(result)[^1]);
        Assert.Equal(34, result.Rows[^1].Number);
    }

    [Fact]
    public void Read_TrailingEmptyField_IsKept()
    {
        var result = CsvTableReader.Read("a,b,\n", "f.csv");

        Assert.Equal(new[] { "a", "b", "" }, Cells(result)[0]);
    }

    [Fact]
    public void Read_TabSeparatedHeader_UsesTabs()
    {
        var result = CsvTableReader.Read("Scheme ID\tExpenditure to date (£)\n39\t£1,000\n", "f.txt");

        Assert.Equal(new[] { "39", "£1,000" }, Cells(result)[1]);
    }

    [Fact]
    public void Read_UnclosedQuote_IsNotATable()
    {
        var result = CsvTableReader.Read("a,b\n\"open,x\n", "f.csv");

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
        Assert.Equal(2, result.Problem?.Row);
    }

    [Fact]
    public void Read_TooManyColumns_IsTooLarge()
    {
        var result = CsvTableReader.Read(string.Join(",", Enumerable.Range(0, 201)), "f.csv");

        Assert.Equal(IssueCodes.TooLarge, result.Problem?.Code);
    }

    [Fact]
    public void Read_TooManyRows_IsTooLarge()
    {
        var result = CsvTableReader.Read(string.Concat(Enumerable.Repeat("1,2\n", 10_005)), "f.csv");

        Assert.Equal(IssueCodes.TooLarge, result.Problem?.Code);
    }
}
