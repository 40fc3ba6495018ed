using System.IO.Compression;
using System.Text;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Rendering.Official;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.Rendering.Official;

/// <summary>The blank workbooks of tests/fixtures/reporting-workbook, the Leicestershire quarter that fills them, the
/// lead's answers, and ways to spoil a blank for the refusals.</summary>
internal static class OfficialWorkbooks
{
    public const string Blank = "blank-2024-25-q2.xlsx";
    public const string BlankNinety = "blank-2024-25-q2-90.xlsx";
    public const string BlankLibreOffice = "blank-2024-25-q2-libreoffice.xlsx";

    public const string Guidance = "1. Guidance";
    public const string Cover = "2. Cover";
    public const string Conditions = "3. National Conditions";
    public const string Metrics = "4. Metrics";
    public const string Expenditure = "6. Expenditure";

    public const string FormulaComment = "=SUM(A1:A9)";
    public const string LongComment = "Spend is behind plan: two posts are vacant & <recruitment> started late;\nwe expect to catch up by Q4.";

    public static Plan LeicestershirePlan { get; } = PlanBuilder.Leicestershire().Build();

    /// <summary>Q2 with Charnwood not returned (scheme 40 left blank), NA outputs, comments (one like a formula).</summary>
    public static AreaSummary Summary() => AreaAggregator.Aggregate(LeicestershirePlan, new Quarter(2),
    [
        new ContributorReturn(PlanBuilder.Blaby, "blaby.csv", [new ReturnRow(PlanBuilder.BlabyDfg, 346_085.25m, 40m, FormulaComment)]),
        new ContributorReturn(PlanBuilder.County, "county.csv",
        [
            new ReturnRow(PlanBuilder.CountyIbcf, 4_000_000m, null, ""),
            new ReturnRow(PlanBuilder.CountyHomeCare, 9_000_000m, 700m, "In line with plan"),
            new ReturnRow(PlanBuilder.CountyHoarding, 100_000m, null, ""),
            new ReturnRow(PlanBuilder.CountyDischarge, 2_000_000m, 150m, LongComment),
        ]),
        new ContributorReturn(PlanBuilder.Icb, "icb.csv",
        [
            new ReturnRow(PlanBuilder.IcbCommunity, 5_000_000m, null, ""),
            new ReturnRow(PlanBuilder.IcbJointReablement, 1_000.50m, 1m, ""),
            new ReturnRow(PlanBuilder.IcbAcute, 800_000m, null, ""),
            new ReturnRow(PlanBuilder.IcbDischarge, 2_100_000m, null, "Pathway 1 only"),
        ]),
    ]);

    /// <summary>The lead's answers: the cover complete, condition 3 unanswered, the metric "Falls" unanswered.</summary>
    public static LeadAnswers Answers { get; } = new(
        new CoverAnswers("Leicestershire", "Jane Smith", "jane.smith@leics.example.gov.uk", "0116 305 0000", true,
            "Mike Sandys", "Director of Public Health", new DateOnly(2024, 10, 28)),
        [
            new ConditionAnswer(1, true),
            new ConditionAnswer(2, false, "+ The plan's objective 1 schemes started in October."),
            new ConditionAnswer(4, true),
        ],
        [
            new MetricAnswer("Avoidable admissions", "on track to meet target", "None", "Admissions down 4%"),
            new MetricAnswer("Discharge to normal place of residence", "Not on track to meet target", "Care home capacity", "@ New pathway"),
            new MetricAnswer("Residential Admissions", "Data not available to assess progress", "Data lag", "-"),
        ]);

    public static TemplateCover LeadCover => new([], new SignOff("BCF Lead", new DateTimeOffset(2024, 10, 29, 9, 0, 0, TimeSpan.Zero)), Answers);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ReportingWorkbook", name));

    public static ReportingWorkbookInspection Inspect(byte[] workbook, Plan? plan = null, string quarter = "Q2", string fileName = Blank) =>
        ReportingWorkbook.Inspect(new MemoryStream(workbook), fileName, plan ?? LeicestershirePlan, quarter);

    /// <summary>Fills a blank; asserts it was filled.</summary>
    public static byte[] Fill(byte[] blank, AreaSummary? summary = null, TemplateCover? cover = null)
    {
        using var output = new MemoryStream();
        var problems = ReportingWorkbook.Fill(new MemoryStream(blank), Blank, summary ?? Summary(), cover ?? LeadCover, output);
        Assert.Empty(problems);
        return output.ToArray();
    }

    /// <summary>The blank with one sheet's XML changed by <paramref name="edit"/> (the sheet found by its name).</summary>
    public static byte[] WithSheetXml(byte[] blank, string sheetName, Func<string, string> edit) =>
        WithPart(blank, SheetPart(blank, sheetName), edit);

    public static byte[] WithPart(byte[] blank, string part, Func<string, string> edit)
    {
        using var copy = new MemoryStream();
        copy.Write(blank);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            var changed = edit(xml);
            Assert.NotEqual(xml, changed);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(changed);
        }
        return copy.ToArray();
    }

    /// <summary>The blank with one entry's content replaced and its central-directory record claiming
    /// <paramref name="declaredSize"/> uncompressed bytes (a zip bomb's lie).</summary>
    public static byte[] WithEntry(byte[] blank, string part, string content, uint declaredSize)
    {
        using var copy = new MemoryStream();
        copy.Write(blank);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
        var bytes = copy.ToArray();
        // Central directory headers (PK\x01\x02): the uncompressed size is at +24, the name's length at +28, the name at +46.
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2
                && BitConverter.ToUInt16(bytes, i + 28) == name.Length && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declaredSize);
            }
        }
        return bytes;
    }

    /// <summary>The zip entry of a sheet, by its name (through workbook.xml and its relationships).</summary>
    public static string SheetPart(byte[] workbook, string sheetName)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
        return document.WorkbookPart.GetPartById(sheet.Id!).Uri.OriginalString.TrimStart('/');
    }

    public static IEnumerable<string> Codes(IEnumerable<ValidationIssue> problems) => problems.Select(p => p.Code);
}
