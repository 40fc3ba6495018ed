using System.Text;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.PlanImport;

public class PlanImporterTests
{
    private const string Source = "Source of Funding";

    private static Plan Valid(PlanImportResult result)
    {
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Plan!;
    }

    private static ValidationIssue SingleError(PlanImportResult result)
    {
        Assert.Null(result.Plan);
        Assert.Null(result.PlanJson);
        return Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Import_TwoCsvFiles_ReadsEveryDetailAndScheme()
    {
        var plan = Valid(new PlanImportFiles().ImportCsv());

        Assert.Equal(("Leicestershire", "2024-25"), (plan.Area, plan.Year));
        Assert.Equal(new Lead("BCF Lead", "bcf.lead@example.gov.uk"), plan.Lead);
        Assert.Equal(new RequiredSpend(14_633_036m, 30_774_296m), plan.RequiredSpend);
        Assert.Equal([new SourceIncome("DFG", 4_850_818m), new SourceIncome("Minimum NHS Contribution", 51_507_543m), new SourceIncome("iBCF", 17_690_614m)],
            plan.Income);
        Assert.Equal(["blaby", "charnwood", "county", "icb"], plan.Contributors.Select(c => c.Id));
        Assert.Equal(["1", "2"], plan.FindContributor("county")!.SchemeIds);
        Assert.Equal(("LLR ICB", "bcf@icb.example.nhs.uk"), (plan.Contributors[3].Name, plan.Contributors[3].Email));
        Assert.Equal(["39", "40", "1", "2", "11"], plan.Schemes.Select(s => s.Id));
        Assert.Equal(new Scheme
        {
            Id = "39", Name = "Blaby District Council", Description = "Integrated Blaby Planning", SchemeType = "DFG Related Schemes",
            SubType = "Adaptations, including statutory DFG grants", AreaOfSpend = "Social Care", Commissioner = Commissioner.LA,
            Provider = "Local Authority", SourceOfFunding = "DFG", PlannedExpenditure = 603_345m, PlannedOutputs = 85m,
            Units = "Number of adaptations funded/people supported",
        }, plan.Schemes[0]);
        Assert.Equal((1_108_147m, (decimal?)1_500m), (plan.Schemes[3].PlannedExpenditure, plan.Schemes[3].PlannedOutputs));
        var joint = plan.Schemes[4];
        Assert.Equal((Commissioner.Joint, (decimal?)60m, (decimal?)40m, (decimal?)null, 5_000_000.50m, "Reablement at home", "Mixed"),
            (joint.Commissioner, joint.PctNhs, joint.PctLa, joint.PlannedOutputs, joint.PlannedExpenditure, joint.SchemeTypeOther, joint.AreaOfSpendOther));
        Assert.Empty(new PlanImportFiles().ImportCsv().Issues);
    }

    [Fact]
    public void Import_ValidFiles_GivesPlanJsonInTheInterfaceShape()
    {
        var json = Encoding.UTF8.GetString(new PlanImportFiles().ImportCsv().PlanJson!);

        Assert.Matches("^\\{\\s*\"area\": \"Leicestershire\",\\s*\"year\": \"2024-25\",\\s*\"lead\"", json);
        Assert.Contains("\"plannedExpenditure\": 1108147,", json, StringComparison.Ordinal);
        Assert.Contains("\"Minimum NHS Contribution\": 51507543", json, StringComparison.Ordinal);
        Assert.Contains("\"schemes\": [\n        \"1\",\n        \"2\"\n      ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.6", "0.4")]
    [InlineData("60%", "40%")]
    [InlineData("60", "40")]
    [InlineData(" 60 % ", "40 %")]
    public void Import_JointShares_AsFractionsOrPercentages_ArePercentages(string nhs, string la)
    {
        var files = new PlanImportFiles().SetScheme("11", "% NHS", nhs).SetScheme("11", "% LA", la);

        var scheme = Valid(files.ImportCsv()).FindScheme("11")!;

        Assert.Equal(((decimal?)60m, (decimal?)40m, 0.6m), (scheme.PctNhs, scheme.PctLa, scheme.NhsShare));
    }

    [Fact]
    public void Import_WorkbookStoringPercentagesAsFractions_ReadsThemAsPercentages()
    {
        // The workbook stores 60% as the number 0.6, as Excel does.
        var scheme = Valid(new PlanImportFiles().ImportWorkbook()).FindScheme("11")!;

        Assert.Equal(((decimal?)60m, (decimal?)40m), (scheme.PctNhs, scheme.PctLa));
    }

    [Fact]
    public void Import_JointSharesNotMakingAHundred_IsAnErrorAtTheSchemesNhsCell()
    {
        var files = new PlanImportFiles().SetScheme("11", "% NHS", "60%").SetScheme("11", "% LA", "30%");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.BadPercentages, PlanImportFiles.SchemesFile, (int?)6, "% NHS"), (issue.Code, issue.File, issue.Row, issue.Column));
        Assert.Contains("% NHS 60 + % LA 30 must make 100", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SourceMissingFromIncome_IsAnErrorAtTheSchemesSourceCell()
    {
        var files = new PlanImportFiles().RemoveDetail("Income: iBCF");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.UnknownSource, PlanImportFiles.SchemesFile, (int?)4, Source), (issue.Code, issue.File, issue.Row, issue.Column));
        Assert.Contains("add a row 'Income: iBCF'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("not a zero", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SourceSpelledInAnotherCase_TakesTheIncomeRowsSpelling()
    {
        var plan = Valid(new PlanImportFiles().SetScheme("1", Source, " IBCF ").ImportCsv());

        Assert.Equal("iBCF", plan.FindScheme("1")!.SourceOfFunding);
    }

    [Fact]
    public void Import_SchemeInNoContributorsList_IsAnErrorAtItsSchemeId()
    {
        var files = new PlanImportFiles().SetContributorSchemes("county", "1");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.UnownedScheme, PlanImportFiles.SchemesFile, (int?)5, "Scheme ID"), (issue.Code, issue.File, issue.Row, issue.Column));
        Assert.StartsWith("Scheme 2 is in no contributor's Scheme IDs: add it", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SchemeInTwoContributorsLists_IsAnErrorNamingBoth()
    {
        var files = new PlanImportFiles().SetContributorSchemes("county", "1-2, 39");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.SharedScheme, (int?)2, "Scheme ID"), (issue.Code, issue.Row, issue.Column));
        Assert.Contains("2 contributors (blaby, county)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ContributorListingUnknownSchemes_IsOneErrorAtItsSchemeIdsCell()
    {
        var files = new PlanImportFiles().SetContributorSchemes("county", "1-4");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.UnknownScheme, PlanImportFiles.DetailsFile, (int?)13, "Scheme IDs"), (issue.Code, issue.File, issue.Row, issue.Column));
        Assert.Contains("lists schemes 3 and 4, which are not in the scheme table", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("£1,10,000", "'£1,10,000' is not an amount in pounds: type the amount as 2600000 or £2,600,000.")]
    [InlineData("", "is blank: type the amount as 2600000 or £2,600,000 (0 for none).")]
    [InlineData("-5", "'-5' is negative")]
    [InlineData("about a million", "is not an amount in pounds")]
    public void Import_UnreadableMoneyCell_IsAnErrorAtItsRowAndColumn(string amount, string message)
    {
        var files = new PlanImportFiles().SetScheme("40", PlanImportFiles.Amount, amount);

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((PlanImportFiles.SchemesFile, (int?)3, PlanImportFiles.Amount), (issue.File, issue.Row, issue.Column));
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        Assert.Equal($"schemes.csv:3:{PlanImportFiles.Amount}: ", issue.ToString()[..(issue.ToString().IndexOf(": ", StringComparison.Ordinal) + 2)]);
    }

    [Fact]
    public void Import_NumberReadableTwoWays_IsAnErrorNotAGuess()
    {
        // With every amount typed as plain digits, nothing shows whether "1,500" is UK style (1500) or continental (1.5).
        var files = new PlanImportFiles()
            .SetScheme("39", PlanImportFiles.Amount, "603345").SetScheme("1", PlanImportFiles.Amount, "9000000")
            .SetScheme("2", PlanImportFiles.Amount, "1108147").SetScheme("11", PlanImportFiles.Amount, "5000000");

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.AmbiguousNumber, (int?)5, "Planned Outputs for the year"), (issue.Code, issue.Row, issue.Column));
        Assert.Contains("'1,500' could be 1500 (UK style) or 1.5 (continental style)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PlanningTemplatesAmountColumn_IsThePlannedAmount()
    {
        var files = new PlanImportFiles();
        files.Schemes[0][^1] = "Planned Expenditure (£)";

        Assert.Equal(603_345m, Valid(files.ImportCsv()).FindScheme("39")!.PlannedExpenditure);
    }

    [Fact]
    public void Import_TitleRowsAboveAndTotalRowBelow_AreSkipped()
    {
        var files = new PlanImportFiles();
        files.Schemes.Insert(0, ["Better Care Fund 2024-25 plan: Leicestershire"]);
        files.Schemes.Add(["", "Total", "", "", "", "", "", "", "", "", "", "", "", "", "", "£16,659,400.50"]);
        files.Details.Insert(0, ["Plan details for the import"]);

        var plan = Valid(files.ImportCsv());

        Assert.Equal(5, plan.Schemes.Count);
    }

    [Fact]
    public void Import_WorkbookWithSchemesAndPlanDetailsSheets_GivesTheSamePlanAsTheCsvFiles()
    {
        var files = new PlanImportFiles();

        var fromWorkbook = Valid(files.ImportWorkbook());
        var fromCsv = Valid(files.ImportCsv());

        PlanAssert.Equal(fromCsv, fromWorkbook);
    }

    [Fact]
    public void Import_WorkbookSchemeIdsStoredAsNumbers_AreTheIdsAsTyped()
    {
        var files = new PlanImportFiles().SetContributorSchemes("county", "1");
        files.Details.Add(["county-2", "County (second)", "two@county.example.gov.uk", "2"]);
        var workbook = files.Workbook();

        var plan = Valid(PlanImporter.Import(new ImportFile(new MemoryStream(workbook), "plan.xlsx")));

        Assert.Equal(["39", "40", "1", "2", "11"], plan.Schemes.Select(s => s.Id));
        Assert.Equal(["2"], plan.FindContributor("county-2")!.SchemeIds);
    }

    [Fact]
    public void Import_WorkbookProblems_NameTheSheetInTheMessage()
    {
        var files = new PlanImportFiles().SetDetail("Financial year", "next year");

        var issue = SingleError(files.ImportWorkbook());

        Assert.Equal((PlanImportFiles.WorkbookFile, (int?)2, "Financial year"), (issue.File, issue.Row, issue.Column));
        Assert.StartsWith("Sheet 'Plan details': 'next year' is not a financial year: type it as 2024-25", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WorkbookWithoutPlanDetailsSheet_SaysWhatToAdd()
    {
        var workbook = ReturnReading.XlsxFixture.Build([("Schemes", PlanImportFiles.Cells(new PlanImportFiles().Schemes))], inlineStrings: false);

        var issue = SingleError(PlanImporter.Import(new ImportFile(new MemoryStream(workbook), "plan.xlsx")));

        Assert.Equal((IssueCodes.MissingDetail, "plan.xlsx"), (issue.Code, issue.File));
        Assert.Contains("no sheet named 'Plan details' (its sheets are 'Schemes')", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvWithoutDetails_SaysTheDetailsMustComeToo()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes(PlanImportFiles.Csv(new PlanImportFiles().Schemes)));

        var issue = SingleError(PlanImporter.Import(new ImportFile(csv, "schemes.csv")));

        Assert.Equal(IssueCodes.MissingDetail, issue.Code);
        Assert.Contains("sheet named 'Plan details'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Health and Wellbeing Board")]
    [InlineData("Financial year")]
    [InlineData("BCF lead email")]
    [InlineData("Minimum Adult Social Care spend (£)")]
    public void Import_MissingDetailRow_IsAnErrorNamingTheLabel(string label)
    {
        var issue = SingleError(new PlanImportFiles().RemoveDetail(label).ImportCsv());

        Assert.Equal((IssueCodes.MissingDetail, PlanImportFiles.DetailsFile, (int?)null, label), (issue.Code, issue.File, issue.Row, issue.Column));
        Assert.Contains($"no '{label}' row", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-25", "2024-25")]
    [InlineData("2024/25", "2024-25")]
    [InlineData("2024-2025", "2024-25")]
    [InlineData("2099-00", "2099-00")]
    public void Import_FinancialYear_IsWrittenAsTheTemplateWritesIt(string typed, string year) =>
        Assert.Equal(year, Valid(new PlanImportFiles().SetDetail("Financial year", typed).ImportCsv()).Year);

    [Theory]
    [InlineData("2024-26")]
    [InlineData("2024")]
    [InlineData("24-25")]
    public void Import_BadFinancialYear_IsAnError(string typed)
    {
        var issue = SingleError(new PlanImportFiles().SetDetail("Financial year", typed).ImportCsv());

        Assert.Equal((IssueCodes.BadField, (int?)2, "Financial year"), (issue.Code, issue.Row, issue.Column));
    }

    [Fact]
    public void Import_BadEmail_IsAnErrorAtTheContributorsEmailCell()
    {
        var issue = SingleError(new PlanImportFiles().SetDetail("charnwood", "dfg at charnwood", 2).ImportCsv());

        Assert.Equal((IssueCodes.BadField, (int?)12, "Email"), (issue.Code, issue.Row, issue.Column));
    }

    [Fact]
    public void Import_UnquotedAmountInCsvDetails_IsAnErrorSayingToQuoteIt()
    {
        var files = new PlanImportFiles();
        var csv = PlanImportFiles.Csv(files.Details).Replace("\"£4,850,818\"", "£4,850,818", StringComparison.Ordinal);
        var schemes = new MemoryStream(Encoding.UTF8.GetBytes(PlanImportFiles.Csv(files.Schemes)));

        var result = PlanImporter.Import(new ImportFile(schemes, "schemes.csv"), new ImportFile(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "details.csv"));

        var issue = SingleError(result);
        Assert.Equal((IssueCodes.ExtraCells, (int?)7, "Income: DFG"), (issue.Code, issue.Row, issue.Column));
        Assert.Contains("must be in quotes", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownLabelWithAValue_IsAnError()
    {
        var files = new PlanImportFiles();
        files.Details.Insert(2, ["Lead officer", "Someone"]);

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.UnknownDetail, (int?)3, "Lead officer"), (issue.Code, issue.Row, issue.Column));
    }

    [Fact]
    public void Import_ManyProblemsInBothFiles_ReportsEveryOneAtOnce()
    {
        var files = new PlanImportFiles()
            .SetScheme("39", "Commissioner", "Council")
            .SetScheme("40", PlanImportFiles.Amount, "lots")
            .SetScheme("2", "Planned Outputs for the year", "-3")
            .SetDetail("BCF lead email", "")
            .SetContributorSchemes("icb", "11, 12")
            .RemoveDetail("Income: iBCF");

        var result = files.ImportCsv();

        Assert.Null(result.Plan);
        var where = result.Issues.Select(i => $"{i.File}:{i.Row}:{i.Column}:{i.Code}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "details.csv:13:Scheme IDs:unknown-scheme",
            "details.csv:4:BCF lead email:missing-field",
            "schemes.csv:2:Commissioner:bad-field",
            $"schemes.csv:3:{PlanImportFiles.Amount}:bad-amount",
            "schemes.csv:4:Source of Funding:unknown-source",
            "schemes.csv:5:Planned Outputs for the year:bad-outputs",
        ], where);
    }

    [Fact]
    public void Import_BlankSchemeId_IsOneErrorNotAlsoAnUnknownScheme()
    {
        var issue = SingleError(new PlanImportFiles().SetScheme("40", "Scheme ID", "").ImportCsv());

        Assert.Equal((IssueCodes.BlankSchemeId, (int?)3, "Scheme ID"), (issue.Code, issue.Row, issue.Column));
    }

    [Fact]
    public void Import_NoteUnderTheTable_IsOneErrorForItsRow()
    {
        var files = new PlanImportFiles();
        files.Schemes.Add(["", "Figures agreed at the March board"]);

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.BlankSchemeId, (int?)7, "Scheme ID"), (issue.Code, issue.Row, issue.Column));
        Assert.Contains("delete the row if it is not a scheme", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateSchemeId_NamesTheFirstRow()
    {
        var result = new PlanImportFiles().SetScheme("40", "Scheme ID", "39").ImportCsv();

        Assert.Null(result.Plan);
        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.DuplicateScheme);
        Assert.Equal((PlanImportFiles.SchemesFile, (int?)3, "Scheme ID"), (issue.File, issue.Row, issue.Column));
        Assert.Contains("first on row 2", issue.Message, StringComparison.Ordinal);
        // Charnwood's scheme 40 is then not in the table: that is a problem too, at Charnwood's row.
        Assert.Contains(result.Issues, i => (i.Code, i.File, i.Row) == (IssueCodes.UnknownScheme, PlanImportFiles.DetailsFile, 12));
    }

    [Fact]
    public void Import_MissingRequiredColumn_IsAnErrorAtTheHeader()
    {
        var files = new PlanImportFiles();
        files.Schemes[0][Array.IndexOf(files.Schemes[0], Source)] = "Funding";

        var issue = SingleError(files.ImportCsv());

        Assert.Equal((IssueCodes.MissingColumn, (int?)1, Source), (issue.Code, issue.Row, issue.Column));
    }
}
