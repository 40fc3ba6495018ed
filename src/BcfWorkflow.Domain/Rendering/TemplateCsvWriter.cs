using System.Text;
using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes the scheme table as template.csv: the template's headers, RFC 4180 quoting, CRLF, UTF-8 with BOM.</summary>
/// <remarks>Amounts are whole pounds as plain numbers (no £, no separators) so the file re-imports as a return;
/// outputs are "NA" where the contributor returned none, blank where nothing was returned. Text that starts like a
/// formula is prefixed with a single quote.</remarks>
public static class TemplateCsvWriter
{
    private const string NotApplicable = "NA";

    public static void Write(AreaSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        WriteRecord(writer, TemplateColumns.SchemeTable.Select(CsvField.Text));
        foreach (var line in summary.Schemes)
        {
            WriteRecord(writer, Fields(line));
        }
    }

    private static IEnumerable<string> Fields(SchemeLine line)
    {
        var s = line.Scheme;
        yield return CsvField.Text(s.Id);
        yield return CsvField.Text(s.Name);
        yield return CsvField.Text(s.Description);
        yield return CsvField.Text(s.SchemeType);
        yield return CsvField.Text(s.SubType);
        yield return CsvField.Text(s.SchemeTypeOther);
        yield return CsvField.Number(s.PlannedOutputs);
        yield return line.Returned && line.OutputsDeliveredToDate is null ? NotApplicable : CsvField.Number(line.OutputsDeliveredToDate);
        yield return CsvField.Text(s.Units);
        yield return CsvField.Text(s.AreaOfSpend);
        yield return CsvField.Text(s.AreaOfSpendOther);
        yield return CsvField.Text(s.Commissioner.ToString());
        yield return CsvField.Number(s.PctNhs);
        yield return CsvField.Number(s.PctLa);
        yield return CsvField.Text(s.Provider);
        yield return CsvField.Text(s.SourceOfFunding);
        yield return CsvField.Number(MoneyFormat.WholePounds(s.PlannedExpenditure));
        yield return CsvField.Number(line.ExpenditureToDate is { } spent ? MoneyFormat.WholePounds(spent) : null);
        yield return CsvField.Text(line.Comments);
    }

    private static void WriteRecord(StreamWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields));
        writer.WriteLine();
    }
}
