using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Tests.Support;

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
            [("Schemes", PlanImportFiles.Cells(CsvRecords.Read(Schemes).Select(r => r.ToArray()).ToList())), (PlanDetailsLayout.SheetName, PlanImportFiles.Cells(CsvRecords.Read(Details).Select(r => r.ToArray()).ToList()))],
            inlineStrings: false);

        var result = PlanImporter.Import(new ImportFile(new MemoryStream(workbook), "plan.xlsx"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        PlanAssert.Equal(Expected(), result.Plan!);
    }

}
