using System.IO.Compression;
using System.Text;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class XlsxWorkbookReaderTests
{
    private static string[] Texts(TableRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Read_SharedStringsAndNumbers_ReadsCells()
    {
        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook(["Scheme ID", "Expenditure to date (£)", "Outputs delivered to date"], ["39", 346085.5, 40]), "r.xlsx"));

        Assert.Null(result.Problem);
        Assert.Equal(new[] { "Scheme ID", "Expenditure to date (£)", "Outputs delivered to date" }, Texts(result.Rows[0]));
        Assert.Equal(new[] { "39", "346085.5", "40" }, Texts(result.Rows[1]));
        Assert.True(result.Rows[1].Cells[1].IsNumber);
        Assert.False(result.Rows[1].Cells[0].IsNumber);
    }

    [Fact]
    public void Read_InlineStrings_ReadsCells()
    {
        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.InlineStrings(["Scheme ID", "Comments"], ["39", " spaced "]), "r.xlsx"));

        Assert.Equal(new[] { "39", " spaced " }, Texts(result.Rows[1]));
    }

    [Fact]
    public void Read_RowWithAGap_LeavesTheMissingCellBlank()
    {
        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook(["A", "B", "C", "D"], ["x", null, null, "y"]), "r.xlsx"));

        Assert.Equal(new[] { "x", "", "", "y" }, Texts(result.Rows[1]));
    }

    [Fact]
    public void Read_BlankRowsBetween_KeepSheetRowNumbers()
    {
        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook(["A"], [], [null], ["x"]), "r.xlsx"));

        Assert.Equal(new[] { 1, 4 }, result.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_SeveralSheets_ReadsEveryOneInTabOrder()
    {
        var bytes = XlsxFixture.Build([("Return", [["first"]]), ("Notes", [["second"]])], inlineStrings: false);

        var workbook = XlsxWorkbookReader.Read(bytes, "r.xlsx").Workbook!;

        Assert.Equal(["Return", "Notes"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal("second", workbook.Sheets[1].Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Read_FloatingPointNoise_IsRemoved()
    {
        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook([0.1 + 0.2]), "r.xlsx"));

        Assert.Equal("0.3", result.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Read_TooManyRows_IsTooLarge()
    {
        var rows = Enumerable.Range(0, 10_002).Select(i => new object?[] { i }).ToArray();

        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook(rows), "r.xlsx"));

        Assert.Equal(IssueCodes.TooLarge, result.Problem?.Code);
    }

    [Fact]
    public void Read_TooManyColumns_IsTooLarge()
    {
        var row = Enumerable.Range(0, 201).Select(i => (object?)i).ToArray();

        var result = FirstSheet.Of(XlsxWorkbookReader.Read(XlsxFixture.Workbook(row), "r.xlsx"));

        Assert.Equal(IssueCodes.TooLarge, result.Problem?.Code);
    }

    [Fact]
    public void Read_SheetWithDtdEntities_IsRefusedNotExpanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """;
        var bytes = ReplaceSheetXml(XlsxFixture.InlineStrings(["x"]), bomb);

        var result = FirstSheet.Of(XlsxWorkbookReader.Read(bytes, "r.xlsx"));

        Assert.Equal(IssueCodes.NotATable, result.Problem?.Code);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Read_SheetPartOverTheCap_IsTooLarge()
    {
        var huge = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        huge.Append('x', 21 * 1024 * 1024).Append("</t></is></c></row></sheetData></worksheet>");

        var result = FirstSheet.Of(XlsxWorkbookReader.Read(ReplaceSheetXml(XlsxFixture.InlineStrings(["x"]), huge.ToString()), "r.xlsx"));

        Assert.Equal(IssueCodes.TooLarge, result.Problem?.Code);
    }

    private static byte[] ReplaceSheetXml(byte[] xlsx, string sheetXml)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal) || e.FullName.Contains("sheet", StringComparison.Ordinal) && !e.FullName.Contains("workbook", StringComparison.Ordinal) && !e.FullName.Contains("sharedStrings", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(sheetXml);
        }
        return stream.ToArray();
    }
}
