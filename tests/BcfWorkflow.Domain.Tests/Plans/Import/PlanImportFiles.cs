using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Tests.ReturnReading;

namespace BcfWorkflow.Domain.Tests.PlanImport;

/// <summary>
/// A small plan as a lead would keep it: the scheme table (header on row 1, schemes on rows 2 to 6) and the plan
/// details (label rows 1 to 9, the contributors table's header on row 10, contributors on rows 11 to 14). Tests change
/// cells, then import the rows as two CSV files or as one workbook with a "Plan details" sheet.
/// </summary>
internal sealed partial class PlanImportFiles
{
    public const string SchemesFile = "schemes.csv";
    public const string DetailsFile = "details.csv";
    public const string WorkbookFile = "plan.xlsx";
    public const string Amount = "Previously entered expenditure for the year (£)";

    public List<string[]> Schemes { get; } =
    [
        ["Scheme ID", "Scheme Name", "Brief Description", "Scheme Type", "Sub Types", "Please specify if 'Scheme Type' is 'Other'",
         "Planned Outputs for the year", "Units", "Area of Spend", "Please specify if 'Area of Spend' is 'other'", "Commissioner",
         "% NHS", "% LA", "Provider", "Source of Funding", Amount],
        ["39", "Blaby District Council", "Integrated Blaby Planning", "DFG Related Schemes", "Adaptations, including statutory DFG grants", "",
         "85", "Number of adaptations funded/people supported", "Social Care", "", "LA", "", "", "Local Authority", "DFG", "£603,345"],
        ["40", "Charnwood Borough Council", "Home adaptations", "DFG Related Schemes", "Adaptations, including statutory DFG grants", "",
         "120", "Number of adaptations funded/people supported", "Social Care", "", "LA", "", "", "Local Authority", "DFG", "947908"],
        ["1", "Prevention", "First Contact Plus", "Prevention / Early Intervention", "Social Prescribing", "",
         "", "", "Social Care", "", "LA", "", "", "Local Authority", "iBCF", "£9,000,000"],
        ["2", "Home Care", "Help to Live at Home", "Home Care or Domiciliary Care", "Domiciliary care to support hospital discharge", "",
         "1,500", "Hours of care", "Social Care", "", "LA", "", "", "Private Sector", "Minimum NHS Contribution", "1,108,147.00"],
        ["11", "Reablement", "", "Other", "", "Reablement at home",
         "NA", "", "Other", "Mixed", "Joint", "60%", "40%", "Local Authority", "Minimum NHS Contribution", "£5,000,000.50"],
    ];

    public List<string[]> Details { get; } =
    [
        ["Health and Wellbeing Board", "Leicestershire"],
        ["Financial year", "2024-25"],
        ["BCF lead name", "BCF Lead"],
        ["BCF lead email", "bcf.lead@example.gov.uk"],
        ["Minimum NHS commissioned out-of-hospital spend (£)", "£14,633,036"],
        ["Minimum Adult Social Care spend (£)", "30774296"],
        ["Income: DFG", "£4,850,818"],
        ["Income: Minimum NHS Contribution", "51507543"],
        ["Income: iBCF", "17690614"],
        ["Contributor ID", "Name", "Email", "Scheme IDs"],
        ["blaby", "Blaby District Council", "dfg@blaby.example.gov.uk", "39"],
        ["charnwood", "Charnwood Borough Council", "dfg@charnwood.example.gov.uk", "40"],
        ["county", "Leicestershire County Council", "bcf@county.example.gov.uk", "1-2"],
        ["icb", "LLR ICB", "bcf@icb.example.nhs.uk", "11"],
    ];

    /// <summary>Sets a cell of a scheme's row, found by its id, and the column by its header.</summary>
    public PlanImportFiles SetScheme(string schemeId, string column, string value)
    {
        Schemes.Single(r => r[0] == schemeId)[Array.IndexOf(Schemes[0], column)] = value;
        return this;
    }

    /// <summary>Sets the value of a label row, or a contributor's cell (by its id and column).</summary>
    public PlanImportFiles SetDetail(string label, string value, int cell = 1)
    {
        Details.Single(r => r[0] == label)[cell] = value;
        return this;
    }

    public PlanImportFiles SetContributorSchemes(string contributorId, string schemeIds) => SetDetail(contributorId, schemeIds, 3);

    public PlanImportFiles RemoveDetail(string label)
    {
        Details.RemoveAll(r => r[0] == label);
        return this;
    }

    public PlanImportResult ImportCsv() => PlanImporter.Import(
        new ImportFile(new MemoryStream(Encoding.UTF8.GetBytes(Csv(Schemes))), SchemesFile),
        new ImportFile(new MemoryStream(Encoding.UTF8.GetBytes(Csv(Details))), DetailsFile));

    /// <summary>One workbook: the scheme table on "Schemes" (first) and the details on "Plan details"; plain numbers
    /// and percentages as a spreadsheet stores them (85, 0.6), other text as text.</summary>
    public PlanImportResult ImportWorkbook() => PlanImporter.Import(new ImportFile(new MemoryStream(Workbook()), WorkbookFile));

    public byte[] Workbook() =>
        XlsxFixture.Build([("Schemes", Cells(Schemes)), ("Plan details", Cells(Details))], inlineStrings: false);

    public static string Csv(IEnumerable<string[]> rows) =>
        string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + "\r\n"));

    public static object?[][] Cells(IEnumerable<string[]> rows) => [.. rows.Select(r => r.Select(Cell).ToArray())];

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static object? Cell(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (PlainNumber().IsMatch(text))
        {
            return decimal.Parse(text, CultureInfo.InvariantCulture);
        }
        if (text.EndsWith('%') && PlainNumber().IsMatch(text[..^1]))
        {
            return decimal.Parse(text[..^1], CultureInfo.InvariantCulture) / 100m;
        }
        return text;
    }

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
