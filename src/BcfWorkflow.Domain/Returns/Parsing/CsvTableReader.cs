using System.Text;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// An RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; CRLF, LF or CR line ends.
/// Lenient where Excel is: a quote inside an unquoted field is kept as text. The delimiter (comma, semicolon, tab
/// as in Excel's "Unicode Text", or bar) is judged from the header line, not per row.
/// Rows are numbered as a spreadsheet shows them: one per record, blank lines counted.
/// </summary>
internal static class CsvTableReader
{
    public static TableReadResult Read(string text, string fileName)
    {
        var delimiter = DetectDelimiter(text);
        var lines = Math.Min(text.AsSpan().Count('\n') + 1, TableLimits.MaxRows + 1);
        var rows = new List<TableRow>(lines);
        // Every cell of the file in one array (rows are slices of it), sized from the first line's fields.
        var cells = new CellBuffer(lines * Math.Min(FieldsInFirstLine(text, delimiter), TableLimits.MaxColumns));
        var field = new StringBuilder();
        var rowNumber = 1;
        var rowStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var quoted = text[i] == '"';
            var startRow = rowNumber;
            var simple = quoted ? SimpleQuotedLength(text, i + 1) : -1;
            i = simple >= 0 ? i + simple + 2 : quoted ? ReadQuoted(text, i + 1, field) : i;
            if (i < 0)
            {
                return TableReadResult.Fail(IssueCodes.NotATable, fileName, $"Row {startRow}: a quoted field is never closed.", startRow);
            }
            var start = i;
            i = FieldEnd(text, i, delimiter);
            // A field is a slice of the text; only quoted ones with doubled quotes or text after the closing quote use the builder.
            if (!quoted)
            {
                cells.Add(new TableCell(text, start, i - start));
            }
            else if (simple >= 0 && i == start)
            {
                cells.Add(new TableCell(text, start - simple - 1, simple));
            }
            else
            {
                cells.Add(new TableCell((simple >= 0 ? field.Append(text, start - simple - 1, simple) : field).Append(text, start, i - start).ToString()));
                field.Clear();
            }
            if (cells.Count - rowStart > TableLimits.MaxColumns)
            {
                return TooLarge(fileName, $"Row {rowNumber} has more than {TableLimits.MaxColumns} columns.", rowNumber);
            }
            if (i < text.Length && text[i] == delimiter)
            {
                i++;
                if (i == text.Length)
                {
                    cells.Add(TableCell.Blank);
                }
                continue;
            }
            rowStart = AddRow(rows, rowNumber, cells, rowStart);
            i = SkipLineEnd(text, i);
            rowNumber++;
            if (rowNumber > TableLimits.MaxRows + 1 && i < text.Length)
            {
                return TooLarge(fileName, $"The file has more than {TableLimits.MaxRows} rows.", rowNumber);
            }
        }
        if (cells.Count > rowStart)
        {
            AddRow(rows, rowNumber, cells, rowStart);
        }
        return TableReadResult.Of(rows);
    }

    /// <summary>Where an unquoted field ends: a scalar scan, as fields are short and a vectorised search costs more to start.</summary>
    private static int FieldEnd(string text, int i, char delimiter)
    {
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == delimiter || c == '\r' || c == '\n')
            {
                return i;
            }
        }
        return i;
    }

    /// <summary>The length of a quoted field's content when it has no doubled quote (the common case, then sliced); -1 otherwise.</summary>
    private static int SimpleQuotedLength(string text, int i)
    {
        var quote = ClosingQuote(text, i);
        return quote >= 0 && (quote + 1 == text.Length || text[quote + 1] != '"') ? quote - i : -1;
    }

    /// <summary>The next quote from <paramref name="i"/>, or -1: a scalar scan first, as most quoted fields are a few
    /// characters long and a vectorised search costs more to start.</summary>
    private static int ClosingQuote(string text, int i)
    {
        var scalarEnd = Math.Min(text.Length, i + 32);
        for (; i < scalarEnd; i++)
        {
            if (text[i] == '"')
            {
                return i;
            }
        }
        return i < text.Length ? text.IndexOf('"', i) : -1;
    }

    /// <summary>Reads a quoted field's content after its opening quote; returns the index after the closing quote, or -1 when unclosed.</summary>
    private static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (i < text.Length)
        {
            var quote = text.IndexOf('"', i);
            if (quote < 0)
            {
                return -1;
            }
            field.Append(text, i, quote - i);
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                field.Append('"');
                i = quote + 2;
                continue;
            }
            return quote + 1;
        }
        return -1;
    }

    private static int SkipLineEnd(string text, int i)
    {
        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }
        if (i < text.Length && text[i] == '\n')
        {
            i++;
        }
        return i;
    }

    /// <summary>Adds the row of the cells from <paramref name="rowStart"/> unless it is blank (then its cells are dropped);
    /// returns where the next row's cells start.</summary>
    private static int AddRow(List<TableRow> rows, int number, CellBuffer cells, int rowStart)
    {
        var row = cells.Row(number, rowStart);
        if (row.IsBlank)
        {
            cells.Count = rowStart;
            return rowStart;
        }
        rows.Add(row);
        return cells.Count;
    }

    private static int FieldsInFirstLine(string text, char delimiter)
    {
        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        return (lineEnd < 0 ? text.AsSpan() : text.AsSpan(0, lineEnd)).Count(delimiter) + 1;
    }

    /// <summary>The delimiter is judged once, from the header line (the first of the first 20 lines that names a
    /// "Scheme ID" or "Contributor ID" column, else the first line): the one of comma, semicolon, tab and bar that
    /// it has most of outside quotes. Never per row: a row's commas may be inside an amount.</summary>
    private static char DetectDelimiter(string text)
    {
        var line = HeaderLine(text);
        Span<int> counts = stackalloc int[Delimiters.Length];
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && Delimiters.IndexOf(c) is var d and >= 0)
            {
                counts[d]++;
            }
        }
        var best = 0;
        for (var d = 1; d < Delimiters.Length; d++)
        {
            best = counts[d] > counts[best] ? d : best;
        }
        return Delimiters[best];
    }

    /// <summary>The candidate delimiters, the most usual first (it wins a tie).</summary>
    private const string Delimiters = ",;\t|";

    private static ReadOnlySpan<char> HeaderLine(string text)
    {
        var rest = text.AsSpan();
        ReadOnlySpan<char> first = default;
        for (var n = 0; n < 20 && !rest.IsEmpty; n++)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            if (n == 0)
            {
                first = line;
            }
            if (line.Contains("scheme id", StringComparison.OrdinalIgnoreCase) || line.Contains("contributor id", StringComparison.OrdinalIgnoreCase))
            {
                return line;
            }
            rest = end < 0 ? default : rest[(end + 1)..];
        }
        return first;
    }

    private static TableReadResult TooLarge(string fileName, string message, int row) =>
        TableReadResult.Fail(IssueCodes.TooLarge, fileName, message, row);
}
