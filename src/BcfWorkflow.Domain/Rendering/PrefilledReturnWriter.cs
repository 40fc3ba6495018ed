using System.Text;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering.Xlsx;
using BcfWorkflow.Domain.Returns;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes the return a contributor is asked for, pre-filled: the template's scheme-table columns with its
/// schemes and planned figures from the plan, and the figures already known (its last version, or last quarter's).</summary>
/// <remarks>The file re-imports as a return unchanged: plan columns hold the plan's values exactly. Text that starts
/// like a formula is prefixed with a single quote in the CSV; the xlsx holds text only as string cells, never formulas.</remarks>
public static class PrefilledReturnWriter
{
    public const string SheetName = "Return";
    private const string NotApplicable = "NA";
    private static readonly IReadOnlyList<double> ColumnWidths =
        [10, 40, 40, 28, 28, 20, 14, 14, 30, 18, 20, 14, 8, 8, 24, 30, 18, 18, 40];

    /// <param name="known">Figures to carry over (same contributor), or null for a blank return.</param>
    /// <param name="keepComments">Carry the known comments too (true for this quarter's last version, false for last quarter's).</param>
    public static void WriteCsv(Plan plan, string contributorId, ContributorReturn? known, bool keepComments, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = Rows(plan, contributorId, known, keepComments);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        writer.WriteLine(string.Join(',', TemplateColumns.SchemeTable.Select(CsvField.Text)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(c => c.Number is { } n ? CsvField.Number(n) : CsvField.Text(c.Text))));
        }
    }

    /// <inheritdoc cref="WriteCsv"/>
    public static void WriteXlsx(Plan plan, string contributorId, ContributorReturn? known, bool keepComments, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = Rows(plan, contributorId, known, keepComments);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = XlsxStylesheet.Create();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdReturn");
            using (var sheet = new XlsxSheetWriter(sheetPart, ColumnWidths))
            {
                sheet.WriteRow(TemplateColumns.SchemeTable.Select(c => XlsxCell.Of(c, XlsxStyle.Bold)));
                foreach (var row in rows)
                {
                    sheet.WriteRow(row);
                }
            }
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = "rIdReturn", SheetId = 1, Name = SheetName }));
        }
        package.Position = 0;
        DeterministicZip.Copy(package, output);
    }

    private static List<XlsxCell[]> Rows(Plan plan, string contributorId, ContributorReturn? known, bool keepComments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var contributor = plan.FindContributor(contributorId)
            ?? throw new ArgumentException($"'{contributorId}' is not a contributor in the {plan.Area} {plan.Year} plan.", nameof(contributorId));
        var figures = (known?.Rows ?? []).ToDictionary(r => r.SchemeId.Trim(), StringComparer.OrdinalIgnoreCase);
        return plan.SchemesOf(contributor)
            .Select(s => Row(s, figures.GetValueOrDefault(s.Id.Trim()), keepComments))
            .ToList();
    }

    private static XlsxCell[] Row(Scheme s, ReturnRow? known, bool keepComments) =>
    [
        XlsxCell.Of(s.Id),
        XlsxCell.Of(s.Name),
        XlsxCell.Of(s.Description),
        XlsxCell.Of(s.SchemeType),
        XlsxCell.Of(s.SubType),
        XlsxCell.Of(s.SchemeTypeOther),
        s.PlannedOutputs is { } planned ? XlsxCell.Of(planned) : XlsxCell.Of(NotApplicable),
        Outputs(s, known),
        XlsxCell.Of(s.Units),
        XlsxCell.Of(s.AreaOfSpend),
        XlsxCell.Of(s.AreaOfSpendOther),
        XlsxCell.Of(s.Commissioner.ToString()),
        XlsxCell.Of(s.PctNhs),
        XlsxCell.Of(s.PctLa),
        XlsxCell.Of(s.Provider),
        XlsxCell.Of(s.SourceOfFunding),
        XlsxCell.Of(s.PlannedExpenditure, XlsxStyle.Money),
        known is null ? XlsxCell.Blank : XlsxCell.Of(known.ExpenditureToDate, XlsxStyle.Money),
        XlsxCell.Of(keepComments ? known?.Comments ?? "" : ""),
    ];

    /// <summary>The known outputs; "NA" where none are planned; otherwise left for the contributor.</summary>
    private static XlsxCell Outputs(Scheme s, ReturnRow? known) =>
        known is not null
            ? known.OutputsDeliveredToDate is { } delivered ? XlsxCell.Of(delivered) : XlsxCell.Of(NotApplicable)
            : s.PlannedOutputs is null ? XlsxCell.Of(NotApplicable) : XlsxCell.Blank;
}
