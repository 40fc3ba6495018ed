using System.Text.Json;
using BcfWorkflow.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Cli.Tests.Demo;

/// <summary>Runs the whole demo in process (Azurite, the durable engine, the API; about a minute) and checks --out.</summary>
public sealed class DemoCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    [Fact]
    public void Demo_RunToTheEnd_LeavesTemplatesSummaryAuditAndEveryEmail()
    {
        var outDir = temp.Combine("out");

        var result = CliRunner.Run("demo", "--out", outDir, "--plain");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        Assert.Equal(["answers.csv", "audit.jsonl", "reporting-workbook.xlsx", "summary.json", "template.csv", "template.json", "template.xlsx"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var expected = ExpectedFigures.From(Samples.Plan, Samples.AllQ2Returns());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var total = summary.RootElement.GetProperty("runningBalances").EnumerateArray().Single(b => b.GetProperty("source").GetString() == "Total");
        Assert.Equal(expected.SpendBySource.Values.Sum(), total.GetProperty("expenditureToDate").GetDecimal());

        // The lead completed the cover, conditions and metrics: the template is complete, in every format.
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "template.json")));
        Assert.Equal("Complete Template", template.RootElement.GetProperty("templateStatus").GetString());
        Assert.Contains("Template status,Complete Template", File.ReadAllText(Path.Combine(outDir, "answers.csv")), StringComparison.Ordinal);
        Assert.Equal("Complete Template", CoverStatus(Path.Combine(outDir, "template.xlsx")));
        AssertReportingWorkbookHoldsTheFigures(Path.Combine(outDir, "reporting-workbook.xlsx"), summary);

        var actions = File.ReadAllLines(Path.Combine(outDir, "audit.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("action").GetString()).ToList();
        Assert.Contains("cycle-opened", actions);
        Assert.Contains("sent-back", actions);
        Assert.Contains("approved", actions);
        Assert.Contains("answers-saved", actions);
        Assert.Contains("workbook-attached", actions);
        Assert.Equal(10, actions.Count(a => a == "return-submitted"));

        var emails = Directory.GetFiles(Path.Combine(outDir, "emails"), "*.eml").Select(Path.GetFileName).ToList();
        Assert.Contains(emails, e => e!.Contains("melton_reminder_", StringComparison.Ordinal));
        Assert.Contains(emails, e => e!.Contains("melton_escalation_", StringComparison.Ordinal));
        Assert.Contains(emails, e => e!.Contains("hinckley-bosworth_sent-back_1", StringComparison.Ordinal));
        var sentBack = File.ReadAllText(Path.Combine(outDir, "emails", emails.Single(e => e!.Contains("sent-back", StringComparison.Ordinal))!));
        Assert.Contains("dfg@hinckley-bosworth.example.gov.uk", sentBack, StringComparison.Ordinal);
        Assert.Contains("unparseable-amount.csv:3:Expenditure to date (£):", result.Out, StringComparison.Ordinal);
    }

    /// <summary>The status beside "Template status" on the cover of our template.xlsx.</summary>
    static string? CoverStatus(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var cells = Cells(document, "2. Cover");
        var label = cells.Single(c => c.Text == "Template status");
        return cells.Single(c => c.Row == label.Row && c.Column == "B").Text;
    }

    /// <summary>NHS England's workbook, filled in: each scheme's expenditure to date in the input cell the workbook's
    /// own Scheme ID row gives (located by our reader's inspection of the filled file), equal to summary.json's.</summary>
    static void AssertReportingWorkbookHoldsTheFigures(string path, JsonDocument summary)
    {
        using (var planFile = File.OpenRead(Samples.Plan))
        using (var stream = File.OpenRead(path))
        {
            var plan = BcfWorkflow.Domain.Plans.PlanReader.Read(planFile, Samples.Plan).Plan!;
            var inspection = BcfWorkflow.Domain.Rendering.Official.ReportingWorkbook.Inspect(stream, "reporting-workbook.xlsx", plan, "Q2");
            Assert.Empty(inspection.Problems);
            using var document = SpreadsheetDocument.Open(path, false);
            var cells = Cells(document, "6. Expenditure");
            var checkedSchemes = 0;
            foreach (var scheme in summary.RootElement.GetProperty("schemes").EnumerateArray())
            {
                var id = scheme.GetProperty("id").GetString();
                var input = inspection.Inputs.Single(i => i.Field == $"expenditure.{id}.expenditure");
                var cell = cells.Single(c => c.Reference == input.Cell);
                Assert.Equal(scheme.GetProperty("expenditureToDate").GetDecimal(), decimal.Parse(cell.Text, System.Globalization.CultureInfo.InvariantCulture));
                checkedSchemes++;
            }
            Assert.Equal(plan.Schemes.Count, checkedSchemes);
        }
    }

    static List<(string Reference, string Column, int Row, string Text)> Cells(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<Cell>().Select(c =>
        {
            var reference = c.CellReference!.Value!;
            var column = new string(reference.TakeWhile(char.IsLetter).ToArray());
            var text = c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? "" : c.CellValue?.Text ?? "";
            return (reference, column, int.Parse(reference[column.Length..], System.Globalization.CultureInfo.InvariantCulture), text);
        })];
    }

    public void Dispose() => temp.Dispose();
}
