using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Plans.Import;

namespace BcfWorkflow.Domain.Tests.PlanImport;

/// <summary>samples/plan-import (the downloadable template, filled in with the Leicestershire sample) against
/// samples/leicestershire/plan.json, as CSV files and as one workbook.</summary>
public class SamplePlanImportTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly string Schemes = Path.Combine(Samples, "plan-import", "schemes.csv");
    private static readonly string Details = Path.Combine(Samples, "plan-import", "plan-details.csv");

    private static Model.Plan Expected()
    {
        using var json = File.OpenRead(Path.Combine(Samples, "leicestershire", "plan.json"));
        var read = PlanReader.Read(json, "plan.json");
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        return read.Plan!;
    }

    [Fact]
    public void Import_SampleCsvFiles_GivesTheSamplePlan()
    {
        using var schemes = File.OpenRead(Schemes);
        using var details = File.OpenRead(Details);

        var result = PlanImporter.Import(new ImportFile(schemes, "schemes.csv"), new ImportFile(details, "plan-details.csv"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        PlanAssert.Equal(Expected(), result.Plan!);
    }

    [Fact]
    public void Import_SampleAsOneWorkbook_GivesTheSamplePlan()
    {
        var workbook = ReturnReading.XlsxFixture.Build(
            [("Schemes", PlanImportFiles.Cells(CsvRows(Schemes))), (PlanDetailsLayout.SheetName, PlanImportFiles.Cells(CsvRows(Details)))],
            inlineStrings: false);

        var result = PlanImporter.Import(new ImportFile(new MemoryStream(workbook), "plan.xlsx"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        PlanAssert.Equal(Expected(), result.Plan!);
    }

    /// <summary>The cells of a CSV file, read with the test's own small parser (quotes, BOM, CRLF).</summary>
    private static List<string[]> CsvRows(string path)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var text = File.ReadAllText(path).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else { field.Append(c); }
        }
        return rows;
    }
}
