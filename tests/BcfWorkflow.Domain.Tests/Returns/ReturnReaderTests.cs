using System.Text;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.ReturnReading.ReturnFiles;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class ReturnReaderTests
{
    private const string CountyHeader = "Scheme ID,Expenditure to date (£),Outputs delivered to date,Comments";

    private static ValidationIssue SingleError(ReturnReadResult result) => Assert.Single(result.Errors);

    [Fact]
    public void Read_ValidCsv_ReturnsTheRow()
    {
        var result = ReadCsv(Csv(Header, "39,Blaby District Council,\"£346,085\",40,"));

        Assert.True(result.IsValid);
        Assert.Empty(result.Issues);
        Assert.Equal(PlanBuilder.Blaby, result.Return!.ContributorId);
        Assert.Equal("return.csv", result.Return.FileName);
        Assert.Equal(new ReturnRow("39", 346_085m, 40m, ""), Assert.Single(result.Return.Rows));
    }

    [Theory]
    [InlineData("£1,108,147", "1108147")]
    [InlineData("1108147", "1108147")]
    [InlineData("1,108,147.00", "1108147")]
    [InlineData("£0", "0")]
    [InlineData(" £ 1,234 ", "1234")]
    [InlineData("1108147.5", "1108147.5")]
    public void Read_PublishedMoneyFormat_ReadsExpenditure(string amount, string expected)
    {
        var plan = PlanBuilder.Leicestershire().ModifyScheme("39", s => s with { PlannedExpenditure = 2_000_000m }).Build();

        var result = ReadCsv(Csv(Header, $"39,,\"{amount}\",40,"), plan: plan);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Return!.Rows[0].ExpenditureToDate);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("")]
    public void Read_NotApplicableOutputsForSchemeWithoutPlannedOutputs_ReadsNullWithoutWarning(string outputs)
    {
        var result = ReadCsv(Csv(CountyHeader, "1,\"£1,000\",,", "2,£5,10,", "45,£0," + outputs + ",", "60,£0,0,"), PlanBuilder.County);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Empty(result.Issues);
        Assert.Null(result.Return!.Rows.Single(r => r.SchemeId == "45").OutputsDeliveredToDate);
    }

    [Fact]
    public void Read_Utf8BomAndCrlf_AreAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "\r\n39,Blaby District Council,\"£346,085\",40,ok\r\n")];

        var result = ReadBytes(bytes, PlanBuilder.Blaby);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal("ok", result.Return!.Rows[0].Comments);
    }

    [Fact]
    public void Read_QuotedCommentWithCommasAndNewline_KeepsIt()
    {
        var result = ReadCsv(Csv(Header, "39,,\"£700,000\",40,\"Grants up, costs up,\nsee note\""));

        Assert.Equal("Grants up, costs up,\nsee note", result.Return!.Rows[0].Comments);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Read_HeaderSpelledLoosely_MatchesColumns()
    {
        var result = ReadCsv(Csv("  scheme id ,EXPENDITURE\u00A0TO  DATE,outputs delivered to date,Unknown column", "39,£5,1,whatever"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(5m, result.Return!.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_TitleLinesAboveHeader_FindsTheHeader()
    {
        var result = ReadCsv(Csv("Blaby return Q2,,", Header, "39,,£5,1,"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
    }

    [Theory]
    [InlineData(ReturnColumns.SchemeId, "Expenditure to date (£)\n£5\n")]
    [InlineData(ReturnColumns.ExpenditureToDate, "Scheme ID,Outputs delivered to date\n39,40\n")]
    public void Read_MissingRequiredColumn_IsAnErrorOnRow1(string column, string csv)
    {
        var result = ReadCsv(csv);

        var error = Assert.Single(result.Errors, e => e.Code == IssueCodes.MissingColumn);
        Assert.Equal(1, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(column, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Return);
    }

    [Fact]
    public void Read_DuplicateColumn_IsAnError()
    {
        var error = SingleError(ReadCsv(Csv("Scheme ID,Expenditure to date (£),Expenditure to date", "39,£5,£6")));

        Assert.Equal((IssueCodes.DuplicateColumn, 1, ReturnColumns.ExpenditureToDate), (error.Code, error.Row, error.Column));
    }

    [Fact]
    public void Read_UnknownScheme_IsAnErrorOnItsRow()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,,£5,40,", "999,,£5,,")));

        Assert.Equal((IssueCodes.UnknownScheme, 3, ReturnColumns.SchemeId), (error.Code, error.Row, error.Column));
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForeignScheme_NamesItsOwner()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,,£5,40,", "40,,£5,40,")));

        Assert.Equal((IssueCodes.ForeignScheme, 3, ReturnColumns.SchemeId), (error.Code, error.Row, error.Column));
        Assert.Contains("Charnwood Borough Council", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateScheme_IsAnErrorOnTheSecondRow()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,,£5,40,", "39,,£6,40,")));

        Assert.Equal((IssueCodes.DuplicateScheme, 3, ReturnColumns.SchemeId), (error.Code, error.Row, error.Column));
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingScheme_IsAnErrorWithoutRowNamingTheId()
    {
        var error = SingleError(ReadCsv(Csv(CountyHeader, "1,£5,,", "2,£5,1,", "60,£5,1,"), PlanBuilder.County));

        Assert.Equal((IssueCodes.MissingScheme, (int?)null, ReturnColumns.SchemeId), (error.Code, error.Row, error.Column));
        Assert.Contains("45", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankSchemeId_IsAnError()
    {
        var result = ReadCsv(Csv(Header, "39,,£5,40,", ",,£5,40,"));

        var error = SingleError(result);
        Assert.Equal((IssueCodes.BlankSchemeId, 3, ReturnColumns.SchemeId), (error.Code, error.Row, error.Column));
    }

    [Theory]
    [InlineData("abc", IssueCodes.BadAmount, "'abc' is not an amount in pounds: type a number such as 2600000 or £2,600,000.")]
    [InlineData("£", IssueCodes.BadAmount, "'£' is not an amount in pounds: type a number such as 2600000 or £2,600,000.")]
    [InlineData("1,10,8147", IssueCodes.BadAmount, "'1,10,8147' is not an amount in pounds: type a number such as 2600000 or £2,600,000.")]
    [InlineData("", IssueCodes.BadAmount, "Expenditure to date is blank: it is required (write £0 for no spend).")]
    [InlineData("-£5", IssueCodes.NegativeAmount, "Expenditure to date '-£5' is negative: it is the spend so far this year, £0 or more. If money was returned, show the net spend and explain in Comments.")]
    public void Read_BadExpenditure_IsAnErrorOnItsCell(string amount, string code, string message)
    {
        var error = SingleError(ReadCsv(Csv(Header, $"39,,\"{amount}\",40,")));

        Assert.Equal((code, 2, ReturnColumns.ExpenditureToDate, message), (error.Code, error.Row, error.Column, error.Message));
    }

    [Theory]
    [InlineData("lots", "'lots' is not a number or NA: type a number such as 1272, or NA where no output is planned.")]
    [InlineData("-1", "Outputs delivered to date '-1' is negative: give the number delivered so far this year, or NA.")]
    public void Read_BadOutputs_IsAnErrorOnItsCell(string outputs, string message)
    {
        var error = SingleError(ReadCsv(Csv(Header, $"39,,£5,{outputs},")));

        Assert.Equal((IssueCodes.BadOutputs, 2, ReturnColumns.OutputsDeliveredToDate, message), (error.Code, error.Row, error.Column, error.Message));
    }

    [Fact]
    public void Read_SchemeNameDifferent_IsANameMismatch()
    {
        var error = SingleError(ReadCsv(Csv(Header, "39,Charnwood DC,£5,40,")));

        Assert.Equal((IssueCodes.NameMismatch, 2, ReturnColumns.SchemeName), (error.Code, error.Row, error.Column));
        Assert.Equal("Scheme Name 'Charnwood DC' does not match the plan's 'Blaby District Council' for scheme 39.", error.Message);
    }

    [Fact]
    public void Read_SchemeNameDifferingOnlyInCaseAndSpaces_Matches()
    {
        Assert.True(ReadCsv(Csv(Header, "39,  blaby   DISTRICT council ,£5,40,")).IsValid);
    }

    [Theory]
    [InlineData("Source of Funding", "iBCF", false)]
    [InlineData("Source of Funding", "dfg", true)]
    [InlineData("Source of Funding", "", true)]
    [InlineData("Commissioner", "NHS", false)]
    [InlineData("Commissioner", "la", true)]
    [InlineData("Area of Spend", "Acute", false)]
    [InlineData("Provider", "Local Authority", true)]
    [InlineData("Planned Outputs for the year", "85", true)]
    [InlineData("Planned Outputs for the year", "90", false)]
    [InlineData("Previously entered expenditure for the year (£)", "£603,345", true)]
    [InlineData("Previously entered expenditure for the year (£)", "£600,000", false)]
    [InlineData("Brief Description", "anything at all", true)]
    public void Read_PlanColumn_IsAnErrorOnlyWhenItContradictsThePlan(string column, string value, bool valid)
    {
        var result = ReadCsv(Csv($"Scheme ID,Expenditure to date (£),{column}", $"39,£5,\"{value}\""));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = SingleError(result);
            Assert.Equal((IssueCodes.PlanContradiction, 2, column), (error.Code, error.Row, error.Column));
        }
    }

    [Fact]
    public void Read_NoContributorGiven_InfersItFromTheSchemeIds()
    {
        var result = ReadCsv(Csv(Header, "39,,£5,40,"), contributorId: null);

        Assert.Equal(PlanBuilder.Blaby, result.Return?.ContributorId);
    }

    [Fact]
    public void Read_NoContributorGivenAndNoKnownScheme_IsAnError()
    {
        var result = ReadCsv(Csv(Header, "998,,£5,40,", "999,,£5,40,"), contributorId: null);

        Assert.Contains(result.Errors, e => e.Code == IssueCodes.UnknownContributor);
        Assert.Equal(2, result.Errors.Count(e => e.Code == IssueCodes.UnknownScheme));
    }

    [Fact]
    public void Read_UnknownContributorId_IsAnError()
    {
        var result = ReadCsv(Csv(Header, "39,,£5,40,"), contributorId: "nobody");

        Assert.Equal(IssueCodes.UnknownContributor, SingleError(result).Code);
    }

    [Fact]
    public void Read_BlankLines_AreSkippedAndRowsKeepFileNumbers()
    {
        var error = SingleError(ReadCsv(Csv(Header, "", "39,,abc,40,", "  ,  ,")));

        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsThemAll()
    {
        var result = ReadCsv(Csv(CountyHeader, "1,abc,,", "2,£5,lots,", "39,£5,1,", "60,-1,1,"), PlanBuilder.County);

        Assert.Equal(
            new[] { IssueCodes.BadAmount, IssueCodes.BadOutputs, IssueCodes.ForeignScheme, IssueCodes.NegativeAmount, IssueCodes.MissingScheme },
            result.Errors.Select(e => e.Code));
        Assert.Null(result.Return);
    }

    [Fact]
    public void Read_HeaderOnly_ReportsEveryMissingScheme()
    {
        var result = ReadCsv(Csv(CountyHeader), PlanBuilder.County);

        Assert.Equal(4, result.Errors.Count(e => e.Code == IssueCodes.MissingScheme));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Read_EmptyFile_IsEmptyFile(string csv) => Assert.Equal(IssueCodes.EmptyFile, SingleError(ReadCsv(csv)).Code);

    [Fact]
    public void Read_BinaryFile_IsNotATable()
    {
        var error = SingleError(ReadBytes([0x00, 0x01, 0x02, 0xFF, 0x00], PlanBuilder.Blaby));

        Assert.Equal(IssueCodes.NotATable, error.Code);
        Assert.Equal("return.csv", error.File);
    }

    [Fact]
    public void Read_RowsInAnyOrder_AreReturnedInPlanOrder()
    {
        var result = ReadCsv(Csv(CountyHeader, "60,£5,1,", "45,£5,,", "2,£5,1,", "1,£5,,"), PlanBuilder.County);

        Assert.Equal(new[] { "1", "2", "45", "60" }, result.Return!.Rows.Select(r => r.SchemeId));
    }

    [Fact]
    public void Read_RowsInPlanOrderWithIdsInOtherCaseOrPadded_AreFound()
    {
        var result = ReadCsv(Csv(CountyHeader, " 1 ,£5,,", "2,£5,1,", "45 ,£5,,", "60,£5,1,"), PlanBuilder.County);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(new[] { "1", "2", "45", "60" }, result.Return!.Rows.Select(r => r.SchemeId));
    }

    [Fact]
    public void Read_SchemeRepeatedRightAfterItsPlanPlace_IsADuplicateNotTheNextScheme()
    {
        var result = ReadCsv(Csv(CountyHeader, "1,£5,,", "1,£6,,", "2,£5,1,", "45,£5,,", "60,£5,1,"), PlanBuilder.County);

        var error = SingleError(result);
        Assert.Equal(IssueCodes.DuplicateScheme, error.Code);
        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void Read_XlsxWithNumericCells_ReadsTheReturn()
    {
        var bytes = XlsxFixture.Workbook(
            ["Scheme ID", "Scheme Name", "Expenditure to date (£)", "Outputs delivered to date", "Comments"],
            [39, "Blaby District Council", 346085, 40]);

        var result = ReadBytes(bytes, PlanBuilder.Blaby, "return.xlsx");

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(new ReturnRow("39", 346_085m, 40m, ""), result.Return!.Rows[0]);
    }

    [Fact]
    public void Read_XlsxNamedCsv_IsStillReadAsXlsx()
    {
        var bytes = XlsxFixture.Workbook(["Scheme ID", "Expenditure to date (£)"], ["39", "£346,085"]);

        var result = ReadBytes(bytes, PlanBuilder.Blaby, "return.csv");

        Assert.Equal(346_085m, result.Return?.Rows[0].ExpenditureToDate);
    }

    [Fact]
    public void Read_XlsxWithAGapInARow_ReportsTheBlankCell()
    {
        var bytes = XlsxFixture.Workbook(["Scheme ID", "Expenditure to date (£)", "Comments"], ["39", null, "late"]);

        var error = SingleError(ReadBytes(bytes, PlanBuilder.Blaby, "return.xlsx"));

        Assert.Equal((IssueCodes.BadAmount, 2, ReturnColumns.ExpenditureToDate), (error.Code, error.Row, error.Column));
    }
}
