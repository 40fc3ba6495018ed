using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Reporting;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>
/// NHS England's own quarterly reporting workbook, filled in: the figures, the lead's answers and the cover written
/// into the workbook's input cells, and nothing else changed.
/// </summary>
/// <remarks>
/// <para><b>Where the inputs are.</b> Sheets are found by the year's template's names ("6. Expenditure"), else by the
/// name without its number ("Expenditure"); labels are cells of typed text (not formulas), compared with spaces
/// collapsed, a trailing colon dropped and case ignored.</para>
/// <list type="bullet">
/// <item>Cover: the cell reading each cover question's label; conditions: the cell starting "1)", "2)" … (or reading
/// the condition's text); metrics: the cell reading the metric's name. Each label must be on its sheet exactly once.</item>
/// <item>The input cells of a label are the cells to its right on its row, past the label's merged range (a merged range
/// counts once, by its first cell): on a <b>protected</b> sheet the first cells whose style is unlocked, on an
/// <b>unprotected</b> sheet the first blank cells (no value, no formula). The cover takes one (the answer), a condition
/// two (Yes/No, then the explanation), a metric three (assessment, challenges and support needs, achievements).</item>
/// <item>Expenditure: the one row holding "Scheme ID", "Outputs delivered to date", "Expenditure to date (£)" and
/// "Comments" is the scheme table's header; the scheme rows follow it (blank rows straight under it skipped) up to the
/// first blank Scheme ID; each row's three inputs are in those columns, matched to the plan by Scheme ID.</item>
/// <item>Refused, never guessed: a sheet or label missing or found twice, a Scheme ID twice, a workbook scheme not in
/// the plan or a plan scheme not in the workbook, an input cell holding a formula or locked on a protected sheet,
/// a title naming another year or quarter.</item>
/// </list>
/// <para><b>What is written.</b> Outputs delivered: the number, or "NA" when the contributor returned none (nothing when
/// it has not returned); expenditure to date: the number; comments: the text (when not blank); the cover's answers as
/// the template shows them (a date as a date serial where the cell is formatted as a date, else dd/MM/yyyy text);
/// Yes/No; the metric's assessment as the year's list spells it. A blank answer leaves its cell as it was. Text is
/// written as an inline string, never as a formula, whatever it starts with.</para>
/// <para><b>What is kept.</b> Every zip entry other than the edited worksheets and workbook.xml is copied byte for byte;
/// in an edited worksheet only the filled cells' values change (style, protection, validation, merges and everything
/// else as read). workbook.xml gets calcPr fullCalcOnLoad="1", so Excel and LibreOffice recalculate the formulas
/// (totals, checklists, "Complete Template") on opening: their saved results are those of the blank until then. The
/// calcChain is left alone: no formula is added or removed. Shared strings are untouched.</para>
/// </remarks>
public static class ReportingWorkbook
{
    /// <summary>Checks the workbook the lead attaches, before approval: can every input be located for this plan?</summary>
    public static ReportingWorkbookInspection Inspect(Stream workbook, string fileName, Plan plan, string quarter)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(plan);
        var (package, problem) = Open(workbook, fileName);
        if (package is null)
        {
            return new ReportingWorkbookInspection([problem!], [], 0, []);
        }
        LocatedWorkbook located;
        try
        {
            located = WorkbookLocator.Locate(package, fileName, plan.Area, ReportingTemplates.For(plan.Year), quarter, plan.Schemes);
            // Every part the fill will read and write, read and written now: a part only the fill touches (another
            // sheet, a hidden one) that cannot be read is refused at attach, never found after approval.
            package.Save(Stream.Null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or TableTooLargeException)
        {
            return new ReportingWorkbookInspection([Unreadable(fileName, e)], [], 0, []);
        }
        return new ReportingWorkbookInspection(
            located.Problems,
            located.Sheets,
            located.SchemeRows,
            [.. located.Inputs.Select(i => new ReportingWorkbookInput(i.Field, i.Sheet.Name, i.Cell.ToString()))]);
    }

    /// <summary>Writes the workbook filled in to <paramref name="output"/>; with problems (those of <see cref="Inspect"/>,
    /// for the summary's schemes) writes nothing and returns them.</summary>
    public static IReadOnlyList<ValidationIssue> Fill(Stream blank, string fileName, AreaSummary summary, TemplateCover cover, Stream output)
    {
        ArgumentNullException.ThrowIfNull(blank);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(output);
        var (package, problem) = Open(blank, fileName);
        if (package is null)
        {
            return [problem!];
        }
        var template = ReportingTemplates.For(summary.Year);
        try
        {
            return FillLocated(package, fileName, summary, cover, template, output);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or TableTooLargeException)
        {
            return [Unreadable(fileName, e)];
        }
    }

    /// <summary>A part of the workbook that cannot be read (damaged, an unusual compression, larger than it says).</summary>
    private static ValidationIssue Unreadable(string fileName, Exception e) =>
        new(IssueCodes.NotXlsx, fileName, null, null,
            $"A part of the workbook cannot be read ({e.Message}). Attach NHS England's reporting workbook as it came, or open it in Excel and save it again as .xlsx.");

    private static IReadOnlyList<ValidationIssue> FillLocated(WorkbookPackage package, string fileName, AreaSummary summary, TemplateCover cover,
        ReportingTemplate template, Stream output)
    {
        var located = WorkbookLocator.Locate(package, fileName, summary.Area, template, summary.Quarter, [.. summary.Schemes.Select(s => s.Scheme)]);
        if (located.Problems.Count > 0)
        {
            return located.Problems;
        }
        var values = WorkbookValues.Of(summary, cover, template);
        foreach (var input in located.Inputs)
        {
            switch (values.GetValueOrDefault(input.Field))
            {
                case decimal number:
                    input.Sheet.SetNumber(input.Cell, number);
                    break;
                case DateOnly date when input.Sheet.ShowsDate(input.Cell):
                    input.Sheet.SetNumber(input.Cell, date.DayNumber - new DateOnly(1899, 12, 30).DayNumber);
                    break;
                case DateOnly date:
                    input.Sheet.SetText(input.Cell, date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case string text:
                    input.Sheet.SetText(input.Cell, text);
                    break;
            }
        }
        package.Save(output);
        return [];
    }

    private static (WorkbookPackage? Package, ValidationIssue? Problem) Open(Stream stream, string fileName)
    {
        const string AsItCame = "Attach NHS England's reporting workbook as it came, the .xlsx file they sent";
        var bytes = ReadAll(stream);
        ValidationIssue Refuse(string code, string message) => new(code, fileName, null, null, message);
        if (bytes is null)
        {
            return (null, Refuse(IssueCodes.TooLarge, $"The workbook is larger than {TableLimits.MaxBytes / (1024 * 1024)} MB, too large to be NHS England's reporting workbook. {AsItCame}."));
        }
        var kind = Returns.ReturnFileFormat.KindOf(bytes);
        if (kind == Returns.FileKind.Xls)
        {
            return CompoundFile.Open(bytes)?.StreamNames.Contains("EncryptedPackage", StringComparer.OrdinalIgnoreCase) == true
                ? (null, Refuse(IssueCodes.EncryptedWorkbook, "The workbook is encrypted with a password to open, so BcfWorkflow cannot fill it in. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, and clear it), save it as .xlsx and attach it again; protected sheets are fine."))
                : (null, Refuse(IssueCodes.NotXlsx, $"This is an Excel 97-2003 (.xls) file. {AsItCame}, not saved again as .xls."));
        }
        if (kind != Returns.FileKind.Xlsx)
        {
            var what = kind switch
            {
                Returns.FileKind.Ods => "This is a LibreOffice (.ods) spreadsheet.",
                Returns.FileKind.Text => "This is not a workbook: it reads as text (a .csv file?).",
                _ => "This is not an Excel workbook.",
            };
            return (null, Refuse(IssueCodes.NotXlsx, $"{what} {AsItCame} (not saved again as .xls, .ods or .csv)."));
        }
        if (ZipLimits.Check(bytes) is { } limit)
        {
            return (null, Refuse(limit.Code, limit.Message));
        }
        WorkbookPackage? package;
        try
        {
            package = RawZip.Open(bytes) is { } zip ? WorkbookPackage.Open(zip) : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or TableTooLargeException)
        {
            return (null, Unreadable(fileName, e));
        }
        return package is null
            ? (null, Refuse(IssueCodes.NotXlsx, $"The workbook's parts cannot be read (it is damaged, or saved in an unusual way). {AsItCame}, or open it in Excel and save it again as .xlsx."))
            : (package, null);
    }

    /// <summary>The stream's bytes, or null when it is over <see cref="TableLimits.MaxBytes"/>.</summary>
    private static byte[]? ReadAll(Stream stream)
    {
        using var content = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > TableLimits.MaxBytes)
            {
                return null;
            }
        }
        return content.ToArray();
    }
}
