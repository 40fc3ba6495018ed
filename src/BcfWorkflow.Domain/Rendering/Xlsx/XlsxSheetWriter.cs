using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Streams one worksheet row by row (SAX), with inline-string text cells and numeric cells.</summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private uint _rowIndex;

    public XlsxSheetWriter(WorksheetPart part, IReadOnlyList<double> columnWidths)
    {
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new Columns());
        for (var i = 0; i < columnWidths.Count; i++)
        {
            var index = (uint)i + 1;
            _writer.WriteElement(new Column { Min = index, Max = index, Width = columnWidths[i], CustomWidth = true });
        }
        _writer.WriteEndElement();
        _writer.WriteStartElement(new SheetData());
    }

    public void SkipRow() => _rowIndex++;

    public void WriteRow(params IEnumerable<XlsxCell> cells)
    {
        _rowIndex++;
        _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", _rowIndex.ToString(CultureInfo.InvariantCulture))]);
        var column = 0;
        foreach (var cell in cells)
        {
            column++;
            if (!cell.IsBlank)
            {
                WriteCell(CellReference(column, _rowIndex), cell);
            }
        }
        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        _writer.WriteEndElement(); // SheetData
        _writer.WriteEndElement(); // Worksheet
        _writer.Dispose();
    }

    private void WriteCell(string reference, XlsxCell cell)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference) };
        if (cell.Style != XlsxStyle.Plain)
        {
            attributes.Add(new OpenXmlAttribute("s", "", ((uint)cell.Style).ToString(CultureInfo.InvariantCulture)));
        }
        if (cell.Number is { } number)
        {
            _writer.WriteStartElement(new Cell(), attributes);
            _writer.WriteElement(new CellValue(MoneyFormat.PlainNumber(number)));
        }
        else
        {
            attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
            _writer.WriteStartElement(new Cell(), attributes);
            _writer.WriteStartElement(new InlineString());
            var text = XmlSafe(cell.Text!);
            _writer.WriteElement(NeedsPreserve(text) ? new Text(text) { Space = SpaceProcessingModeValues.Preserve } : new Text(text));
            _writer.WriteEndElement();
        }
        _writer.WriteEndElement();
    }

    /// <summary>Leading or trailing whitespace is dropped by XML readers unless xml:space="preserve" says otherwise.</summary>
    private static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    /// <summary>"A1" style reference; column is 1-based.</summary>
    internal static string CellReference(int column, uint row)
    {
        var letters = new StringBuilder(3);
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }
        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Drops characters XML 1.0 cannot hold (stray control characters in a comment would corrupt the file).</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }
        return safe.ToString();
    }
}
