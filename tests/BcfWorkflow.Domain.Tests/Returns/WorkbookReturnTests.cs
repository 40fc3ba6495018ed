using System.Text;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.ReturnReading.RawXlsx;
using static BcfWorkflow.Domain.Tests.ReturnReading.ReturnFiles;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>Workbooks as people save them: the return's sheet among others, cells that are dates, formulas and
/// errors, and Excel's escapes. Each figure is read as its author saw it, or refused saying what to do.</summary>
public class WorkbookReturnTests
{
    private static readonly string Header = Row(1, "Scheme ID", "Scheme Name", "Expenditure to date (£)", "Outputs delivered to date", "Comments");

    private static string Blaby(int row, object amount, string comments = "") => RawXlsx.Row(row, "39", "Blaby District Council", amount, 40, comments);

    private static ReturnReadResult Read(RawXlsx workbook) => ReadBytes(workbook.Build(), "blaby", "blaby.xlsx");

    private static ValidationIssue SingleError(ReturnReadResult result) => Assert.Single(result.Errors);

    [Fact]
    public void Read_GuidanceSheetWithAColumnGlossaryFirst_ReadsTheReturnSheet()
    {
        var guidance = new[] { Row(1, "How to fill in this return"), Row(2, "Scheme ID", "The id in the plan"), Row(3, "Expenditure to date (£)", "Spend so far") };

        var result = Read(new RawXlsx().Sheet("Guidance", guidance).Sheet("Return", Header, Blaby(2, 346085)));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal("Return", result.Sheet);
        Assert.Equal(346_085m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_HiddenListsSheetFirst_ReadsTheVisibleReturn()
    {
        var result = Read(new RawXlsx().HiddenSheet("Lists", Row(1, "LA"), Row(2, "NHS")).Sheet("Return", Header, Blaby(2, 1000)));

        Assert.Equal(("Return", 1000m), (result.Sheet, result.Return!.Rows[0].ExpenditureToDate));
    }

    [Theory]
    [InlineData(1, "Q2", 346085)]
    [InlineData(0, "Q1", 150000)]
    public void Read_TwoQuartersSheets_ReadsTheOneShowingWhenSaved(int activeTab, string sheet, int expected)
    {
        var workbook = new RawXlsx().Sheet("Q1", Header, Blaby(2, 150000)).Sheet("Q2", Header, Blaby(2, 346085)).ActiveTab(activeTab);

        var result = Read(workbook);

        Assert.Equal((sheet, (decimal)expected), (result.Sheet, result.Return!.Rows[0].ExpenditureToDate));
    }

    [Fact]
    public void Read_TwoQuartersSheetsAndNoRecordOfTheActiveOne_IsRefusedNamingThem()
    {
        var workbook = new RawXlsx().Sheet("Q1", Header, Blaby(2, 150000)).Sheet("Q2", Header, Blaby(2, 346085)).WithoutWorkbookView();

        var error = SingleError(Read(workbook));

        Assert.Equal(IssueCodes.AmbiguousSheet, error.Code);
        Assert.Contains("'Q1' and 'Q2'", error.Message, StringComparison.Ordinal);
        Assert.Equal("blaby.xlsx: " + error.Message, error.ToString());
    }

    [Fact]
    public void Read_CoverSheetShowingAndTwoReturnSheets_IsRefused()
    {
        var workbook = new RawXlsx().Sheet("Cover", Row(1, "Blaby")).Sheet("Q1", Header, Blaby(2, 1)).Sheet("Q2", Header, Blaby(2, 2)).ActiveTab(0);

        Assert.Equal(IssueCodes.AmbiguousSheet, SingleError(Read(workbook)).Code);
    }

    [Fact]
    public void Read_OnlyTheHiddenSheetHasTheTable_SaysToUnhideIt()
    {
        var error = SingleError(Read(new RawXlsx().Sheet("Notes", Row(1, "see other tab")).HiddenSheet("Return", Header, Blaby(2, 1))));

        Assert.Equal(IssueCodes.HiddenSheet, error.Code);
        Assert.Contains("Unhide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSheetHasTheTable_NamesTheSheets()
    {
        var error = SingleError(Read(new RawXlsx().Sheet("Cover", Row(1, "Blaby")).Sheet("Figures", Row(1, "Spend", 5))));

        Assert.Equal(IssueCodes.MissingColumn, error.Code);
        Assert.Contains("'Cover' and 'Figures'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithExcelsEscapedLineBreak_MatchesTheColumn()
    {
        var workbook = new RawXlsx();
        var header = workbook.Shared("Expenditure to date_x000D_\n(£)");
        workbook.Sheet("Return", $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Scheme ID</t></is></c><c r=\"B1\" t=\"s\"><v>{header}</v></c></row>",
            Row(2, "39", 5000));

        var result = Read(workbook);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(5000m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_FormulaWithItsSavedValue_ReadsTheValue()
    {
        var row = Row(2, "39", "Blaby District Council").Replace("</row>", "<c r=\"C2\"><f>1000+2000</f><v>3000</v></c></row>", StringComparison.Ordinal);

        Assert.Equal(3000m, Read(new RawXlsx().Sheet("Return", Header, row)).Return!.Rows[0].ExpenditureToDate);
    }

    [Theory]
    [InlineData("<c r=\"C2\"><f>1000+2000</f></c>")]
    [InlineData("<c r=\"C2\"><f>1000+2000</f><v></v></c>")]
    public void Read_FormulaSavedWithoutItsValue_SaysToRecalculate(string cell)
    {
        var row = Row(2, "39", "Blaby District Council").Replace("</row>", cell + "</row>", StringComparison.Ordinal);

        var error = SingleError(Read(new RawXlsx().Sheet("Return", Header, row)));

        Assert.Equal((IssueCodes.UncalculatedFormula, 2, ReturnColumns.ExpenditureToDate), (error.Code, error.Row, error.Column));
        Assert.Contains("recalculates", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_DateTypedInComments_ReadsTheDateThePersonSaw(int dateStyle)
    {
        var row = Blaby(2, 1000).Replace("</row>", $"<c r=\"E2\" s=\"{dateStyle}\"><v>45565</v></c></row>", StringComparison.Ordinal);

        Assert.Equal("30/09/2024", Read(new RawXlsx().Sheet("Return", Header, row)).Return!.Rows[0].Comments);
    }

    [Fact]
    public void Read_AccountingFormatZero_IsZeroNotADate()
    {
        var row = Row(2, "39", "Blaby District Council").Replace("</row>", "<c r=\"C2\" s=\"3\"><v>0</v></c></row>", StringComparison.Ordinal);

        Assert.Equal(0m, Read(new RawXlsx().Sheet("Return", Header, row)).Return!.Rows[0].ExpenditureToDate);
    }

    [Theory]
    [InlineData("<c r=\"C2\" s=\"1\"><v>45565</v></c>", "holds a date (30/09/2024)")]
    [InlineData("<c r=\"C2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "shows the error #DIV/0!")]
    public void Read_AmountCellThatIsNotANumber_SaysWhatItHolds(string cell, string words)
    {
        var row = Row(2, "39", "Blaby District Council").Replace("</row>", cell + "</row>", StringComparison.Ordinal);

        var error = SingleError(Read(new RawXlsx().Sheet("Return", Header, row)));

        Assert.Equal(IssueCodes.BadAmount, error.Code);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Pdf_SaysToUploadASpreadsheet()
    {
        var error = SingleError(ReadBytes([.. "%PDF-1.7\n"u8, 0xE2, 0xE3, 0xCF], "blaby", "return.pdf"));

        Assert.Equal(IssueCodes.NotATable, error.Code);
        Assert.Equal("return.pdf: The file is a PDF, not a return. Upload a CSV or Excel file (.csv, .xlsx or .xls) or a LibreOffice spreadsheet (.ods): "
                     + "open the workbook you filled in and save it as .xlsx or .csv.", error.ToString());
    }
}

/// <summary>CSV as people type and save it: delimiters, unquoted amounts, Total rows, number conventions.</summary>
public class CsvReturnTests
{
    private static ValidationIssue SingleError(ReturnReadResult result) => Assert.Single(result.Errors);

    [Fact]
    public void Read_SemicolonHeaderUnderATitleWithCommas_TakesTheDelimiterFromTheHeader()
    {
        var result = ReadCsv(Csv("Blaby DFG return, Q2, 2024-25", "Scheme ID;Scheme Name;Expenditure to date (£);Outputs delivered to date", "39;Blaby District Council;346085;40"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(346_085m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_UnquotedThousandsInACommaFile_IsRefusedNamingTheRow()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,Blaby District Council,£374,277,48,")));

        Assert.Equal((IssueCodes.ExtraCells, 2), (error.Code, error.Row));
        Assert.Contains("in quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalRowThatAddsUp_IsCheckedAndSkipped()
    {
        var result = ReadCsv(Csv(Header, "39,Blaby District Council,346085,40,", ",Total,\"£346,085\",40,"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Single(result.Return!.Rows);
    }

    [Fact]
    public void Read_TotalRowThatDoesNotAddUp_IsRefused()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,Blaby District Council,346085,40,", "Total,,346000,,")));

        Assert.Equal((IssueCodes.TotalMismatch, 3, ReturnColumns.ExpenditureToDate), (error.Code, error.Row, error.Column));
        Assert.Contains("£346,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("£346,085", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalRowAboveTheSchemes_IsRefused()
    {
        var error = SingleError(ReadCsv(Csv(Header, "Total,,346085,,", "39,Blaby District Council,346085,40,")));

        Assert.Equal((IssueCodes.TotalMismatch, 2), (error.Code, error.Row));
    }

    [Fact]
    public void Read_ContinentalFile_ReadsItsFiguresInItsStyle()
    {
        var result = ReadCsv(Csv("Scheme ID;Expenditure to date (£);Outputs delivered to date", "39;346.085,50;40"));

        Assert.Equal(346_085.50m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_OutputsThatReadTwoWaysInAFileThatDoesNotSayWhich_IsRefusedWithBothReadings()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,Blaby District Council,346085,\"1,272\",")));

        Assert.Equal((IssueCodes.AmbiguousNumber, ReturnColumns.OutputsDeliveredToDate), (error.Code, error.Column));
        Assert.Contains("1272 (UK style) or 1.272 (continental style)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutputsThatReadTwoWaysInAUkStyleFile_ReadsUkStyle()
    {
        var result = ReadCsv(Csv(Header, "39,Blaby District Council,\"£346,085.00\",\"1,272\",as planned"));

        Assert.Equal(1272m, result.Return!.Rows[0].OutputsDeliveredToDate);
    }

    [Fact]
    public void Read_ContinentalThousandsInAFileThatDoesNotSayWhich_IsRefused()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,Blaby District Council,1.272,40,")));

        Assert.Equal(IssueCodes.AmbiguousNumber, error.Code);
        Assert.Contains("1272", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("£-")]
    [InlineData(" £- ")]
    [InlineData("-")]
    public void Read_AccountingZero_IsZero(string amount)
    {
        var result = ReadCsv(Csv(Header, $"39,Blaby District Council,{amount},0,"));

        Assert.Equal(0m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_PoundSignMangledByAProgramThatReadUtf8AsWindows1252_IsStillAPound()
    {
        // Our pre-filled CSV edited and saved without its byte order mark, then opened in LibreOffice or Excel.
        var result = ReadCsv(Csv("Scheme ID,Scheme Name,Expenditure to date (\u00C2£),Outputs delivered to date", "39,Blaby District Council,\"\u00C2£346,085\",40"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(346_085m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_ByteOrderMarkMangledIntoTheFirstHeaderCell_IsNotPartOfTheName()
    {
        // Our UTF-8 CSV opened in LibreOffice as Windows-1252 and saved: the first cell reads "ï»¿Scheme ID".
        var result = ReadCsv(Csv("\u00EF\u00BB\u00BFScheme ID,Scheme Name,Expenditure to date (\u00C2£),Outputs delivered to date", "39,Blaby District Council,\"\u00C2£346,085\",40"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(346_085m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_CommentLongerThanACellHolds_IsRefused()
    {
        var error = SingleError(ReadCsv(Csv(Header, $"39,Blaby District Council,346085,40,{new string('x', 32_768)}")));

        Assert.Equal((IssueCodes.TooLong, ReturnColumns.Comments), (error.Code, error.Column));
        Assert.Contains("32,767", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_IsReadAsText()
    {
        var bytes = Encoding.Unicode.GetBytes(Csv("Scheme ID\tExpenditure to date (£)", "39\t£5,000"));

        Assert.Equal(5000m, ReadBytes(bytes, "blaby").Return!.Rows[0].ExpenditureToDate);
    }
}
