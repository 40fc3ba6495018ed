using System.IO.Compression;
using System.Text;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.Rendering.Official.OfficialWorkbooks;

namespace BcfWorkflow.Domain.Tests.Rendering.Official;

/// <summary>The workbook the lead attaches is checked against the plan then, not after approval: what is located, and
/// each refusal with what to do.</summary>
public class ReportingWorkbookInspectTests
{
    [Theory]
    [InlineData(Blank)]
    [InlineData(BlankLibreOffice)]
    public void Inspect_Blank_EverySheetAndInputLocated(string name)
    {
        var inspection = Inspect(Read(name));

        Assert.Empty(inspection.Problems);
        Assert.True(inspection.CanFill);
        Assert.Equal([Cover, Conditions, Metrics, Expenditure], inspection.Sheets);
        Assert.Equal(10, inspection.SchemeRows);
        Assert.Equal(
            LeicestershirePlan.Schemes.SelectMany(s => new[] { $"expenditure.{s.Id}.outputs", $"expenditure.{s.Id}.expenditure", $"expenditure.{s.Id}.comments" }).Order(),
            inspection.Inputs.Where(i => i.Field.StartsWith("expenditure.", StringComparison.Ordinal)).Select(i => i.Field).Order());
        Assert.Equal(["D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14"], inspection.Inputs.Where(i => i.Sheet == Cover).Select(i => i.Cell));
    }

    [Fact]
    public void Inspect_SchemeInWorkbookNotInPlan_NamesIt()
    {
        var plan = PlanBuilder.Leicestershire().WithoutScheme(PlanBuilder.IcbDischarge).Build();

        var problem = Assert.Single(Inspect(Read(Blank), plan).Problems);

        Assert.Equal((IssueCodes.UnknownScheme, Blank, 38, "B"), (problem.Code, problem.File, problem.Row, problem.Column));
        Assert.Contains("Scheme ID 70 ('Discharge Pathway 1')", problem.Message, StringComparison.Ordinal);
        Assert.Contains("not in Leicestershire's 2024-25 plan", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PlanSchemeNotInWorkbook_NamesIt()
    {
        var plan = PlanBuilder.Leicestershire().WithScheme(PlanBuilder.County, "99", "iBCF", 1_000m, name: "Carers' breaks").Build();

        var problem = Assert.Single(Inspect(Read(Blank), plan).Problems);

        Assert.Equal(IssueCodes.MissingScheme, problem.Code);
        Assert.Contains("scheme 99 ('Carers' breaks') is not in the workbook's scheme table ('6. Expenditure')", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SchemeIdTwice_Refused()
    {
        var workbook = WithSheetXml(Read(Blank), Expenditure, xml => xml.Replace("<c r=\"B30\" s=\"17\" t=\"n\"><v>40</v>", "<c r=\"B30\" s=\"17\" t=\"n\"><v>39</v>", StringComparison.Ordinal));

        var problems = Inspect(workbook).Problems;

        Assert.Equal([IssueCodes.DuplicateScheme, IssueCodes.MissingScheme], Codes(problems));
        Assert.Contains("Scheme ID 39 is in the workbook's scheme table twice (rows 29 and 30)", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SheetMissing_SaysWhichName()
    {
        var workbook = WithPart(Read(Blank), "xl/workbook.xml", xml => xml.Replace("name=\"4. Metrics\"", "name=\"4. Outcomes\"", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal(IssueCodes.MissingSheet, problem.Code);
        Assert.StartsWith("The workbook has no sheet named '4. Metrics' (its sheets are '1. Guidance', '2. Cover'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NoneOfTheTemplatesSheets_OneProblemSayingItIsNotTheReportingWorkbook()
    {
        var workbook = WithPart(Read(Blank), "xl/workbook.xml", xml => xml
            .Replace("name=\"2. Cover\"", "name=\"Blaby\"", StringComparison.Ordinal)
            .Replace("name=\"3. National Conditions\"", "name=\"Charnwood\"", StringComparison.Ordinal)
            .Replace("name=\"4. Metrics\"", "name=\"Melton\"", StringComparison.Ordinal)
            .Replace("name=\"6. Expenditure\"", "name=\"County\"", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal(IssueCodes.WrongWorkbook, problem.Code);
        Assert.StartsWith("This is not NHS England's reporting workbook: it has none of its sheets ('2. Cover', '3. National Conditions', '4. Metrics', '6. Expenditure'), only '1. Guidance', 'Blaby'",
            problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_APartThatInflatesPastItsDeclaredSize_RefusedWithoutReadingItAll()
    {
        // A zip bomb: styles.xml says 1 KB and inflates to 200 MB of spaces (written as a stored-size lie below).
        var workbook = WithEntry(Read(Blank), "xl/styles.xml", new string(' ', 200 * 1024 * 1024), declaredSize: 1024);

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal(IssueCodes.NotXlsx, problem.Code);
        Assert.StartsWith("A part of the workbook cannot be read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_AnotherSheetTheFillWouldRewriteIsUnreadable_RefusedAtAttachNotAfterApproval()
    {
        // The review: a DTD in the Guidance sheet (not one we locate inputs in) passed Inspect, then failed the fill.
        var workbook = WithSheetXml(Read(Blank), Guidance, xml => xml.Replace("<worksheet", "<!DOCTYPE worksheet><worksheet", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal(IssueCodes.NotXlsx, problem.Code);
        Assert.Contains("1. Guidance", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SheetRenumbered_FoundByItsName()
    {
        var workbook = WithPart(Read(Blank), "xl/workbook.xml", xml => xml.Replace("name=\"6. Expenditure\"", "name=\"7. Expenditure\"", StringComparison.Ordinal));

        var inspection = Inspect(workbook);

        Assert.Empty(inspection.Problems);
        Assert.Contains("7. Expenditure", inspection.Sheets);
    }

    [Fact]
    public void Inspect_LabelMissing_SaysWhichLabel()
    {
        var workbook = WithSheetXml(Read(Blank), Cover, xml => xml.Replace("<t>Completed by:</t>", "<t>Name of person completing:</t>", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal(IssueCodes.MissingLabel, problem.Code);
        Assert.StartsWith("'2. Cover' has no cell reading 'Completed by:'.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_LabelTwice_RefusedRatherThanGuessed()
    {
        var workbook = WithSheetXml(Read(Blank), Cover, xml => xml.Replace("<t>Please see the Checklist on each sheet for further details on incomplete fields</t>", "<t>Their role: </t>", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal((IssueCodes.AmbiguousLabel, 17, "B"), (problem.Code, problem.Row, problem.Column));
        Assert.Contains("'Their role:' more than once (B12, B17)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Cover, "<c r=\"D7\" s=\"8\" t=\"n\"></c>", "<c r=\"D7\" s=\"8\"><f>\"Jane\"</f><v></v></c>", 7, "D")]
    [InlineData(Expenditure, "<c r=\"S31\" s=\"20\" t=\"n\"></c>", "<c r=\"S31\" s=\"20\"><f>R31/2</f><v></v></c>", 31, "S")]
    public void Inspect_InputHoldingAFormula_Refused(string sheet, string input, string formula, int row, string column)
    {
        var workbook = WithSheetXml(Read(Blank), sheet, xml => xml.Replace(input, formula, StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal((IssueCodes.FormulaInInput, row, column), (problem.Code, problem.Row, problem.Column));
        Assert.Contains($"'{sheet}'!{column}{row}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("never overwrites a formula", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_InputColumnLocked_Refused()
    {
        // The Comments cells given the style of the pre-filled cells (locked).
        var workbook = WithSheetXml(Read(Blank), Expenditure, xml => xml.Replace("<c r=\"T33\" s=\"8\"", "<c r=\"T33\" s=\"17\"", StringComparison.Ordinal));

        var problem = Assert.Single(Inspect(workbook).Problems);

        Assert.Equal((IssueCodes.NoInputCell, 33, "T"), (problem.Code, problem.Row, problem.Column));
    }

    [Fact]
    public void Inspect_AnotherQuartersWorkbook_Refused()
    {
        var problem = Assert.Single(Inspect(Read(Blank), quarter: "Q3").Problems);

        Assert.Equal(IssueCodes.WrongWorkbook, problem.Code);
        Assert.Contains("for 2024-25 Q2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Attach the 2024-25 Q3 reporting workbook", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> NotXlsx => new()
    {
        { "q2.csv", Encoding.UTF8.GetBytes("Scheme ID,Expenditure to date (£)\n39,346085\n"), "reads as text" },
        { "q2.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], "Excel 97-2003 (.xls)" },
        { "q2.ods", Ods(), "LibreOffice (.ods)" },
        { "q2.xlsx", Encoding.ASCII.GetBytes("PK\x03\x04 not really a zip"), "not an Excel workbook" },
    };

    [Theory]
    [MemberData(nameof(NotXlsx))]
    public void Inspect_NotAnXlsx_SaysToAttachTheXlsxAsItCame(string fileName, byte[] content, string says)
    {
        var problem = Assert.Single(Inspect(content, fileName: fileName).Problems);

        Assert.Contains(problem.Code, new[] { IssueCodes.NotXlsx, IssueCodes.NotATable });
        Assert.Equal(fileName, problem.File);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_UnknownYear_NeedsOnlyTheCoverAndExpenditure()
    {
        var plan = PlanBuilder.Leicestershire().WithArea("Leicestershire", "2030-31").Build();

        var inspection = Inspect(Read(Blank), plan);

        // The title names 2024-25: the one problem; conditions and metrics are not looked for in a year not recorded.
        Assert.Equal([IssueCodes.WrongWorkbook], Codes(inspection.Problems));
        Assert.Equal([Cover, Expenditure], inspection.Sheets);
    }

    private static byte[] Ods()
    {
        using var content = new MemoryStream();
        using (var zip = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("mimetype").Open());
            writer.Write("application/vnd.oasis.opendocument.spreadsheet");
        }
        return content.ToArray();
    }
}
