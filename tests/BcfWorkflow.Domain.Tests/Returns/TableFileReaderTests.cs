using System.IO.Compression;
using System.Text;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class TableFileReaderTests
{
    private static FirstSheet Read(byte[] bytes, string name = "return.csv") => FirstSheet.Of(TableFileReader.Read(new MemoryStream(bytes), name));

    [Fact]
    public void Read_Utf8WithBom_DropsTheBom()
    {
        var result = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Scheme ID,x\r\n39,£5\r\n")]);

        Assert.Equal("Scheme ID", result.Rows[0].Cells[0].Text);
        Assert.Equal("£5", result.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Read_Windows1252PoundSign_IsReadAsPound()
    {
        var result = Read([.. Encoding.ASCII.GetBytes("a,b\n39,\""), 0xA3, .. Encoding.ASCII.GetBytes("1,000\"\n")]);

        Assert.Null(result.Problem);
        Assert.Equal("£1,000", result.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Read_Utf16WithBom_IsReadAsText()
    {
        var result = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Scheme ID\tComments\n39\tok\n")]);

        Assert.Equal("ok", result.Rows[1].Cells[1].Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D })]
    [InlineData(new byte[] { 0x61, 0x2C, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3, 0x01 })]
    public void Read_Binary_IsNotATable(byte[] bytes)
    {
        var result = Read(bytes);

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
        Assert.Contains("Upload a CSV or Excel file", result.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Empty_IsEmptyFile() => Assert.Equal(IssueCodes.EmptyFile, Read([]).Problem?.Code);

    [Fact]
    public void Read_XlsxNamedCsv_IsReadAsXlsx()
    {
        var result = Read(XlsxFixture.Workbook(["Scheme ID", "Expenditure to date (£)"], ["39", 603345]), "return.csv");

        Assert.Null(result.Problem);
        Assert.Equal("603345", result.Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_IsNotATable()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var result = Read(stream.ToArray(), "return.xlsx");

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
    }

    [Fact]
    public void Read_TruncatedZip_IsNotATable()
    {
        var bytes = XlsxFixture.Workbook(["Scheme ID"], ["39"]);

        var result = Read(bytes[..(bytes.Length / 2)], "return.xlsx");

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
    }

    [Fact]
    public void Read_OverTwentyMegabytes_IsTooLarge()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("1234567890,", 2_000_000)));

        Assert.Equal(IssueCodes.TooLarge, Read(bytes).Problem?.Code);
    }

    [Fact]
    public void Read_Utf8BesideBytesThatAreNotUtf8_IsRefusedNotGarbled()
    {
        // "£" written as UTF-8 (C2 A3) in a file that also holds a lone Windows-1252 "é" (E9): mixed encodings.
        var result = Read([.. Encoding.UTF8.GetBytes("Scheme ID,Expenditure to date (£)\n39,5\nCaf"), 0xE9, 0x0A]);

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
        Assert.Contains("CSV UTF-8", result.Problem?.Message, StringComparison.Ordinal);
    }
}
