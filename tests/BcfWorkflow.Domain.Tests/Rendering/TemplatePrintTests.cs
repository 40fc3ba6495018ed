using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit.Abstractions;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>A 90-scheme area's template.xlsx in LibreOffice, headless: printed to PDF, the expenditure sheet takes at
/// most 4 A4 landscape pages; and LibreOffice recalculating every formula gets the totals we saved, which a reader that
/// does not recalculate shows as they are. Set BCF_KEEP_LIBREOFFICE_OUTPUT to a folder to keep the PDFs and CSVs.</summary>
public sealed partial class TemplatePrintTests(ITestOutputHelper output)
{
    private const int ExpenditureSheetNumber = 5;
    private const int MaximumExpenditurePages = 4;

    [LibreOfficeFact]
    public void PrintToPdf_NinetySchemeArea_ExpenditureSheetOnAtMostFourLandscapePages()
    {
        var area = NinetySchemeArea.Create();
        using var folder = new TempFolder();
        var workbook = folder.Write("template.xlsx", TemplateXlsxWriter.Write, area.Summary);
        // The expenditure sheet alone: the same workbook with the other sheets hidden (hidden sheets do not print).
        var expenditureOnly = folder.Path("expenditure-only.xlsx");
        File.Copy(workbook, expenditureOnly);
        HideAllSheetsBut(expenditureOnly, TemplateXlsxWriterTests.Expenditure);

        var pdfs = LibreOffice.Convert(LibreOffice.Find(), [workbook, expenditureOnly], "pdf", folder.Path("pdf"));

        var whole = PdfPages(Path.Combine(pdfs, "template.pdf"));
        var expenditure = PdfPages(Path.Combine(pdfs, "expenditure-only.pdf"));
        output.WriteLine($"{area.Summary.Schemes.Count} schemes: the workbook prints on {whole.Count} pages, '6. Expenditure' on {expenditure.Count}.");
        folder.Keep("pdf");
        Assert.Equal(NinetySchemeArea.Schemes, area.Summary.Schemes.Count);
        Assert.InRange(expenditure.Count, 1, MaximumExpenditurePages);
        Assert.All(whole, page => Assert.True(page.Width > page.Height, $"a portrait page: {page.Width} x {page.Height}"));
        Assert.All(whole, page => Assert.Equal((842, 595), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)))); // A4
        Assert.True(whole.Count > expenditure.Count, "the other sheets print too");
    }

    [LibreOfficeFact]
    public void Recalculate_NinetySchemeArea_LibreOfficeGetsTheTotalsWeSaved()
    {
        var area = NinetySchemeArea.Create();
        using var folder = new TempFolder();
        var workbook = folder.Write("template.xlsx", TemplateXlsxWriter.Write, area.Summary);
        // The same workbook with every saved total replaced by 1: only a real recalculation gives the sums back.
        var tampered = folder.Path("tampered.xlsx");
        File.Copy(workbook, tampered);
        Assert.Equal(6, ReplaceSavedFormulaValues(tampered, "1"));

        var soffice = LibreOffice.Find();
        var recalculated = LibreOffice.ConvertSheetToCsv(soffice, [workbook, tampered], ExpenditureSheetNumber, folder.Path("recalculated"), recalculateOnLoad: true);
        var asSaved = LibreOffice.ConvertSheetToCsv(soffice, [workbook, tampered], ExpenditureSheetNumber, folder.Path("as-saved"), recalculateOnLoad: false);
        folder.Keep("recalculated");

        var expected = Totals.Of(area.Summary);
        Assert.Equal(expected, Totals.Read(recalculated[0]));
        Assert.Equal(expected, Totals.Read(recalculated[1]));
        // Without recalculation LibreOffice shows the saved values: ours are right; the tampered file's are not.
        Assert.Equal(expected, Totals.Read(asSaved[0]));
        Assert.NotEqual(expected, Totals.Read(asSaved[1]));
    }

    /// <summary>The expenditure sheet's totals to the penny (percentage to 10 dp): income, spent, percentage and balance
    /// of the running balances' Total row, and the scheme table's planned and spent totals.</summary>
    private sealed record Totals(decimal Income, decimal Spent, decimal Percentage, decimal Balance, decimal Planned, decimal SchemesSpent)
    {
        public static Totals Of(AreaSummary s)
        {
            var total = s.RunningBalances[^1];
            return Rounded(total.Income, total.ExpenditureToDate, total.PercentageSpent!.Value, total.Balance,
                s.Schemes.Sum(l => l.Scheme.PlannedExpenditure), s.Schemes.Sum(l => l.ExpenditureToDate ?? 0m));
        }

        /// <summary>From LibreOffice's CSV of the sheet: the first row labelled Total (D to G), then the next (Q, R).</summary>
        public static Totals Read(string csvFile)
        {
            var totals = CsvRecords.Read(csvFile).Where(r => r[0] == "Total").ToList();
            Assert.Equal(2, totals.Count);
            decimal Number(string text) => decimal.Parse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
            return Rounded(Number(totals[0][3]), Number(totals[0][4]), Number(totals[0][5]) / 100m, Number(totals[0][6]),
                Number(totals[1][16]), Number(totals[1][17]));
        }

        private static Totals Rounded(decimal income, decimal spent, decimal percentage, decimal balance, decimal planned, decimal schemesSpent) =>
            new(Math.Round(income, 2), Math.Round(spent, 2), Math.Round(percentage, 10), Math.Round(balance, 2), Math.Round(planned, 2), Math.Round(schemesSpent, 2));
    }

    private static void HideAllSheetsBut(string file, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: true);
        var workbook = document.WorkbookPart!.Workbook;
        var sheets = workbook.Sheets!.Elements<Sheet>().ToList();
        foreach (var sheet in sheets.Where(s => s.Name != sheetName))
        {
            sheet.State = SheetStateValues.Hidden;
        }
        workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab = (uint)sheets.FindIndex(s => s.Name == sheetName);
        foreach (var view in document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<SheetView>()))
        {
            view.TabSelected = null;
        }
        workbook.Save();
    }

    /// <returns>How many values were replaced.</returns>
    private static int ReplaceSavedFormulaValues(string file, string value)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: true);
        var replaced = 0;
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
            {
                cell.DataType = null;
                cell.CellValue = new CellValue(value);
                replaced++;
            }
            part.Worksheet.Save();
        }
        return replaced;
    }

    /// <summary>Each page's size in points, from the PDF's page objects (LibreOffice writes them uncompressed).</summary>
    private static List<(double Width, double Height)> PdfPages(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var pages = PageObject().Matches(text).Select(m =>
        {
            var box = MediaBox().Match(m.Value);
            Assert.True(box.Success, $"a page without a MediaBox in {pdf}");
            return (Parse(box.Groups[3].Value) - Parse(box.Groups[1].Value), Parse(box.Groups[4].Value) - Parse(box.Groups[2].Value));
        }).ToList();
        Assert.NotEmpty(pages);
        return pages;
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A page object's dictionary: "/Type /Page" (not "/Pages") up to the end of that object.</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z]).*?endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\]")]
    private static partial Regex MediaBox();

    /// <summary>A temporary folder, deleted afterwards; BCF_KEEP_LIBREOFFICE_OUTPUT names a folder to copy results into.</summary>
    private sealed class TempFolder : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("bcf-print-");

        public string Path(string name) => System.IO.Path.Combine(this.folder.FullName, name);

        public string Write(string name, Action<AreaSummary, TemplateCover, Stream> write, AreaSummary summary)
        {
            using var file = File.Create(Path(name));
            write(summary, TemplateCover.Empty, file);
            return Path(name);
        }

        public void Keep(string subfolder)
        {
            if (Environment.GetEnvironmentVariable("BCF_KEEP_LIBREOFFICE_OUTPUT") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                foreach (var file in Directory.GetFiles(Path(subfolder)))
                {
                    File.Copy(file, System.IO.Path.Combine(keep, System.IO.Path.GetFileName(file)), overwrite: true);
                }
            }
        }

        public void Dispose() => this.folder.Delete(recursive: true);
    }
}
