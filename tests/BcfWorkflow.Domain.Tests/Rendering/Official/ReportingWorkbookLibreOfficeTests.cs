using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Tests.Support;
using static BcfWorkflow.Domain.Tests.Rendering.Official.OfficialWorkbooks;

namespace BcfWorkflow.Domain.Tests.Rendering.Official;

/// <summary>The filled workbook opened by a real spreadsheet with its default settings: LibreOffice (headless) reads it,
/// and the totals, checklist and title are the summary's. LibreOffice does not honour fullCalcOnLoad and by default
/// shows the results saved in a file: before the fill dropped the blank's saved results, LibreOffice's own copy filled
/// in still showed the blank's totals of 0.</summary>
public class ReportingWorkbookLibreOfficeTests
{
    [LibreOfficeFact]
    public void Fill_OpenedInLibreOffice_RecalculatedTotalsAndFiguresAreTheSummarys()
    {
        var soffice = LibreOffice.Find();
        var summary = Summary();
        var folder = Directory.CreateTempSubdirectory("bcf-official-");
        try
        {
            // Names that do not start alike: LibreOffice names a sheet's CSV "{file}-{sheet}.csv".
            var files = new[] { ("openpyxl", Blank), ("libreoffice", BlankLibreOffice) }.Select(blank =>
            {
                var (prefix, name) = blank;
                var path = Path.Combine(folder.FullName, $"{prefix}-filled.xlsx");
                File.WriteAllBytes(path, Fill(Read(name), summary));
                return path;
            }).ToList();

            var expenditure = LibreOffice.ConvertSheetToCsv(soffice, files, 6, Path.Combine(folder.FullName, "expenditure"), recalculateOnLoad: false);
            var cover = LibreOffice.ConvertSheetToCsv(soffice, files, 2, Path.Combine(folder.FullName, "cover"), recalculateOnLoad: false);

            for (var i = 0; i < files.Count; i++)
            {
                var rows = CsvRecords.Read(expenditure[i]);
                var context = Path.GetFileName(files[i]);
                foreach (var balance in summary.RunningBalances)
                {
                    var row = rows.Single(r => r.Count > 5 && r[1] == balance.Source);
                    Assert.True((balance.Income, balance.ExpenditureToDate, balance.Balance) == (Number(row[2]), Number(row[3]), Number(row[5])),
                        $"{context} {balance.Source}: {string.Join(",", row)} against {balance}");
                }
                foreach (var line in summary.RequiredSpend)
                {
                    var row = rows.Single(r => r.Count > 4 && r[1] == line.Name);
                    Assert.True((line.MinimumRequired, line.ExpenditureToDate, line.Balance) == (Number(row[2]), Number(row[3]), Number(row[4])),
                        $"{context} {line.Name}: {string.Join(",", row)} against {line}");
                }
                var header = rows.FindIndex(r => r.Count > 1 && r[1] == TemplateColumns.SchemeId);
                var column = rows[header].IndexOf(TemplateColumns.ExpenditureToDate);
                var comments = rows[header].IndexOf(TemplateColumns.Comments);
                foreach (var scheme in summary.Schemes)
                {
                    var row = rows.Skip(header + 1).Single(r => r[1] == scheme.Scheme.Id);
                    Assert.Equal(scheme.ExpenditureToDate, row[column] == "" ? null : Number(row[column]));
                    Assert.Equal(scheme.Comments.ReplaceLineEndings("\n"), row[comments].ReplaceLineEndings("\n"));
                }
                // Scheme 40 has not returned: its outputs are blank, so the checklist says No and the title is incomplete.
                Assert.Contains(CsvRecords.Read(cover[i]), r => r.Count > 5 && r[5] == "Incomplete Template");
                Assert.Equal("Leicestershire", CsvRecords.Read(cover[i])[3][2]); // "Selected Health and Wellbeing Board:", a formula over the answer
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
