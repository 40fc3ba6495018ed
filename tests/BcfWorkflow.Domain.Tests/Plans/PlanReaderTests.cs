using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.PlanReading;

public class PlanReaderTests
{
    private static ValidationIssue SingleIssue(JsonNode json)
    {
        var result = PlanJson.Read(json);
        Assert.Null(result.Plan);
        return Assert.Single(result.Issues);
    }

    private static JsonObject Scheme(JsonObject plan, int index) => plan["schemes"]![index]!.AsObject();

    [Fact]
    public void Read_ValidPlan_ReadsEveryField()
    {
        var result = PlanJson.Read(PlanJson.Text);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        var plan = result.Plan!;
        Assert.Equal(("Leicestershire", "2024-25"), (plan.Area, plan.Year));
        Assert.Equal(new Lead("BCF Lead", "bcf.lead@example.gov.uk"), plan.Lead);
        Assert.Equal(new RequiredSpend(14_633_036m, 30_774_296m), plan.RequiredSpend);
        Assert.Equal(["blaby", "icb"], plan.Contributors.Select(c => c.Id));
        Assert.Equal(["39"], plan.Contributors[0].SchemeIds);
        var blaby = plan.Schemes[0];
        Assert.Equal(("DFG Related Schemes", "Adaptations, including statutory DFG grants", Commissioner.LA, "DFG", 603_345m, (decimal?)85m),
            (blaby.SchemeType, blaby.SubType, blaby.Commissioner, blaby.SourceOfFunding, blaby.PlannedExpenditure, blaby.PlannedOutputs));
        Assert.Null(blaby.PctNhs);
        var joint = plan.Schemes[1];
        Assert.Equal((Commissioner.Joint, (decimal?)60m, (decimal?)40m, (decimal?)null, 5_000_000.50m, "Reablement at home", "Mixed"),
            (joint.Commissioner, joint.PctNhs, joint.PctLa, joint.PlannedOutputs, joint.PlannedExpenditure, joint.SchemeTypeOther, joint.AreaOfSpendOther));
    }

    [Fact]
    public void Read_Income_KeepsTemplateOrder()
    {
        var plan = PlanJson.Read(PlanJson.Text).Plan!;

        Assert.Equal(
            ["DFG", "Minimum NHS Contribution", "iBCF", "Additional LA Contribution", "Additional NHS Contribution",
             "Local Authority Discharge Funding", "ICB Discharge Funding"],
            plan.Sources);
        Assert.Equal(4_850_818m, plan.Income[0].Income);
    }

    [Fact]
    public void Read_InvalidJson_GivesTheLine()
    {
        var result = PlanJson.Read("{\n  \"area\": \"Leicestershire\",\n  \"year\": \n}");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.InvalidJson, "plan.json", (int?)4), (issue.Code, issue.File, issue.Row));
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Read_NotAnObject_IsAnError() => Assert.Equal(IssueCodes.BadField, PlanJson.Read("[1,2]").Issues.Single().Code);

    [Theory]
    [InlineData("area", "area")]
    [InlineData("lead", "lead")]
    [InlineData("income", "income")]
    [InlineData("requiredSpend", "requiredSpend")]
    [InlineData("contributors", "contributors")]
    [InlineData("schemes", "schemes")]
    public void Read_MissingTopLevelField_NamesItsPath(string field, string path)
    {
        var json = PlanJson.Valid();
        json.Remove(field);

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.MissingField && i.Column == path && i.Row is null);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("sourceOfFunding")]
    [InlineData("plannedExpenditure")]
    [InlineData("commissioner")]
    public void Read_MissingSchemeField_NamesItsPath(string field)
    {
        var json = PlanJson.Valid();
        Scheme(json, 0).Remove(field);

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.MissingField && i.Column == $"schemes[0].{field}");
    }

    [Fact]
    public void Read_SourceMissingFromIncome_IsAnErrorNotAZero()
    {
        var json = PlanJson.Valid();
        json["income"]!.AsObject().Remove("DFG");

        var issue = SingleIssue(json);

        Assert.Equal((IssueCodes.UnknownSource, "schemes[0].sourceOfFunding"), (issue.Code, issue.Column));
        Assert.Contains("'DFG'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SchemeOwnedByNoContributor_IsAnError()
    {
        var json = PlanJson.Valid();
        json["contributors"]![0]!["schemes"] = new JsonArray();

        var issue = SingleIssue(json);

        Assert.Equal((IssueCodes.UnownedScheme, "schemes[0].id"), (issue.Code, issue.Column));
    }

    [Fact]
    public void Read_SchemeOwnedByTwoContributors_IsAnError()
    {
        var json = PlanJson.Valid();
        json["contributors"]![1]!["schemes"]!.AsArray().Add("39");

        var issue = SingleIssue(json);

        Assert.Equal((IssueCodes.SharedScheme, "schemes[0].id"), (issue.Code, issue.Column));
        Assert.Contains("blaby, icb", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContributorListingUnknownScheme_IsAnError()
    {
        var json = PlanJson.Valid();
        json["contributors"]![0]!["schemes"]!.AsArray().Add("404");

        var issue = SingleIssue(json);

        Assert.Equal((IssueCodes.UnknownScheme, "contributors[0].schemes[1]"), (issue.Code, issue.Column));
    }

    [Fact]
    public void Read_DuplicateSchemeId_IsAnError()
    {
        var json = PlanJson.Valid();
        Scheme(json, 1)["id"] = "39";
        json["contributors"]![1]!["schemes"] = new JsonArray();

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.DuplicateScheme && i.Column == "schemes[1].id");
    }

    [Fact]
    public void Read_DuplicateContributorId_IsAnError()
    {
        var json = PlanJson.Valid();
        json["contributors"]![1]!["id"] = "BLABY";

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.DuplicateContributor && i.Column == "contributors[1].id");
    }

    [Theory]
    [InlineData(60, 30)]
    [InlineData(100, 10)]
    [InlineData(null, 40)]
    public void Read_JointSchemeNotSplit100_IsAnError(int? pctNhs, int? pctLa)
    {
        var json = PlanJson.Valid();
        Scheme(json, 1)["pctNhs"] = pctNhs;
        Scheme(json, 1)["pctLa"] = pctLa;

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.BadPercentages && i.Column!.StartsWith("schemes[1].", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.6, 0.4, 60, 40)]
    [InlineData(0.5, 0.5, 50, 50)]
    [InlineData(1, 0, 100, 0)]
    [InlineData(60, 40, 60, 40)]
    [InlineData(0.5, 99.5, 0.5, 99.5)]
    public void Read_JointSharesAsFractionsOrPercentages_ReadsPercentages(double pctNhs, double pctLa, double expectedNhs, double expectedLa)
    {
        // A spreadsheet stores 60% as 0.6: fractions make 1, percentages make 100, so the two never both fit.
        var json = PlanJson.Valid();
        Scheme(json, 1)["pctNhs"] = (decimal)pctNhs;
        Scheme(json, 1)["pctLa"] = (decimal)pctLa;

        var result = PlanJson.Read(json);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(((decimal)expectedNhs, (decimal)expectedLa), (result.Plan!.Schemes[1].PctNhs!.Value, result.Plan.Schemes[1].PctLa!.Value));
    }

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.6, 40)]
    public void Read_JointSharesThatMakeNeither1Nor100_IsAnError(double pctNhs, double pctLa)
    {
        var json = PlanJson.Valid();
        Scheme(json, 1)["pctNhs"] = (decimal)pctNhs;
        Scheme(json, 1)["pctLa"] = (decimal)pctLa;

        Assert.Contains(PlanJson.Read(json).Issues, i => i.Code == IssueCodes.BadPercentages && i.Message.Contains("fractions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("income", "DFG", "income[\"DFG\"]")]
    [InlineData("requiredSpend", "adultSocialCare", "requiredSpend.adultSocialCare")]
    [InlineData("scheme", "plannedExpenditure", "schemes[0].plannedExpenditure")]
    [InlineData("scheme", "plannedOutputs", "schemes[0].plannedOutputs")]
    public void Read_NegativeAmount_IsAnError(string owner, string field, string path)
    {
        var json = PlanJson.Valid();
        var target = owner == "scheme" ? Scheme(json, 0) : json[owner]!.AsObject();
        target[field] = -1;

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.NegativeAmount && i.Column == path);
    }

    [Theory]
    [InlineData("plannedExpenditure", "\"lots\"")]
    [InlineData("commissioner", "\"Council\"")]
    [InlineData("name", "42")]
    public void Read_WrongType_IsABadField(string field, string value)
    {
        var json = PlanJson.Valid();
        Scheme(json, 0)[field] = JsonNode.Parse(value);

        var issue = SingleIssue(json);

        Assert.Equal((IssueCodes.BadField, $"schemes[0].{field}"), (issue.Code, issue.Column));
    }

    [Fact]
    public void Read_NumericSchemeIds_AreReadAsStrings()
    {
        var json = PlanJson.Valid();
        Scheme(json, 0)["id"] = 39;
        json["contributors"]![0]!["schemes"] = new JsonArray(39);

        var result = PlanJson.Read(json);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal("39", result.Plan!.Schemes[0].Id);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsThemAll()
    {
        var json = PlanJson.Valid();
        json.Remove("year");
        Scheme(json, 0)["sourceOfFunding"] = "Winter Pressures Grant";
        Scheme(json, 1)["pctLa"] = 10;

        var codes = PlanJson.Read(json).Issues.Select(i => i.Code).Order();

        Assert.Equal(new[] { IssueCodes.BadPercentages, IssueCodes.MissingField, IssueCodes.UnknownSource }, codes);
    }

    [Fact]
    public void Read_Issue_PrintsFileAndPath()
    {
        var json = PlanJson.Valid();
        json.Remove("year");

        Assert.Equal("plan.json::year: year is missing.", SingleIssue(json).ToString());
    }

    [Theory]
    [InlineData("a@blaby.gov.uk, b@blaby.gov.uk")]
    [InlineData("\"DFG team\" <dfg@blaby.gov.uk>")]
    [InlineData("dfg@blaby.gov.uk\r\nBcc: all@example.com")]
    [InlineData("dfg at blaby")]
    [InlineData("dfg@blaby")]
    public void Read_ContributorEmailThatIsNotOneMailbox_IsAnErrorSayingSo(string email)
    {
        // An email library throws on these mid-cycle and stops the contributor's workflow: refuse them up front.
        var json = PlanJson.Valid();
        json["contributors"]![0]!["email"] = email;

        var issues = PlanJson.Read(json).Issues;

        Assert.Contains(issues, i => i.Code == IssueCodes.BadField && i.Column == "contributors[0].email" && i.Message.Contains("one email address", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nw leics")]
    [InlineData("nw_leics")]
    [InlineData("-blaby")]
    [InlineData("blaby--dc")]
    public void Read_ContributorIdThatCouldNameAnotherWorkflow_IsAnError(string id)
    {
        var json = PlanJson.Valid();
        json["contributors"]![0]!["id"] = id;

        Assert.Contains(PlanJson.Read(json).Issues, i => i.Code == IssueCodes.BadField && i.Column == "contributors[0].id");
    }

    [Theory]
    [InlineData("2024-2025")]
    [InlineData("2024-26")]
    [InlineData("24-25")]
    public void Read_YearNotWrittenAsAFinancialYear_IsAnError(string year)
    {
        var json = PlanJson.Valid();
        json["year"] = year;

        Assert.Contains(PlanJson.Read(json).Issues, i => i.Code == IssueCodes.BadField && i.Column == "year" && i.Message.Contains("YYYY-YY", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PropertyGivenTwice_IsRefusedNotReadAsTheLast()
    {
        var text = PlanJson.Text.Replace("\"year\": \"2024-25\",", "\"year\": \"2024-25\", \"year\": \"2025-26\",", StringComparison.Ordinal);
        Assert.NotEqual(PlanJson.Text, text);

        var result = PlanJson.Read(text);

        Assert.Equal(IssueCodes.InvalidJson, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Read_ControlCharacterInAName_IsAnError()
    {
        var json = PlanJson.Valid();
        json["contributors"]![0]!["name"] = "Blaby\u0000 District Council";

        Assert.Contains(PlanJson.Read(json).Issues, i => i.Code == IssueCodes.BadField && i.Column == "contributors[0].name");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Read_ShareTemplateWithContributors_IsReadDefaultingToFalse(bool? share, bool expected)
    {
        var json = PlanJson.Valid();
        if (share is { } value)
        {
            json["shareTemplateWithContributors"] = value;
        }

        Assert.Equal(expected, PlanJson.Read(json).Plan!.ShareTemplateWithContributors);
    }
}
