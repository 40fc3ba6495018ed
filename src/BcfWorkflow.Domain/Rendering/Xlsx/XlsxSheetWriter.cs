using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Streams one worksheet row by row (SAX), with inline-string text cells, numeric cells and our own formula
/// cells; merged cells, an autofilter, list validations and the print setup are written after the rows.</summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly OpenXmlWriter writer;
    private readonly XlsxSheetLayout layout;
    private readonly List<string> merges = [];
    private readonly List<(string Range, string List)> validations = [];
    private string? autoFilter;
    private uint rowIndex;

    public XlsxSheetWriter(WorksheetPart part, IReadOnlyList<double> columnWidths)
        : this(part, new XlsxSheetLayout(columnWidths))
    {
    }

    public XlsxSheetWriter(WorksheetPart part, XlsxSheetLayout layout)
    {
        this.layout = layout;
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (layout.Print is not null)
        {
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }
        WriteSheetView(layout);
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < layout.ColumnWidths.Count; i++)
        {
            var index = (uint)i + 1;
            writer.WriteElement(new Column { Min = index, Max = index, Width = layout.ColumnWidths[i], CustomWidth = true });
        }
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
    }

    /// <summary>The 1-based number of the last row written or skipped.</summary>
    public uint CurrentRow => rowIndex;

    public void SkipRow() => rowIndex++;

    public void WriteRow(params IEnumerable<XlsxCell> cells) => WriteRow(cells.ToList(), firstCellColumns: 1);

    /// <summary>A row at least <paramref name="lines"/> lines tall: room to type an answer into its input cells.</summary>
    public void WriteTallRow(int lines, params IEnumerable<XlsxCell> cells) => WriteRow(cells.ToList(), firstCellColumns: 1, lines);

    /// <summary>A row whose first cell spans the first <paramref name="firstCellColumns"/> columns, merged (the cells it
    /// covers should be given, styled like it, so borders and fills show across the span).</summary>
    public void WriteMergedRow(int firstCellColumns, params IEnumerable<XlsxCell> cells)
    {
        WriteRow(cells.ToList(), firstCellColumns);
        if (firstCellColumns > 1)
        {
            merges.Add($"{CellReference(1, rowIndex)}:{CellReference(firstCellColumns, rowIndex)}");
        }
    }

    private void WriteRow(List<XlsxCell> cells, int firstCellColumns, int minimumLines = 1)
    {
        rowIndex++;
        var attributes = new List<OpenXmlAttribute>(2) { new("r", "", rowIndex.ToString(CultureInfo.InvariantCulture)) };
        var fitted = XlsxRowHeight.For(cells, this.layout.ColumnWidths, firstCellColumns);
        if (minimumLines > 1)
        {
            fitted = Math.Max(fitted ?? 0, minimumLines * XlsxRowHeight.LineHeight);
        }
        if (fitted is { } height)
        {
            attributes.Add(new OpenXmlAttribute("ht", "", height.ToString(CultureInfo.InvariantCulture)));
        }
        writer.WriteStartElement(new Row(), attributes);
        var column = 0;
        foreach (var cell in cells)
        {
            column++;
            if (!cell.IsBlank)
            {
                WriteCell(CellReference(column, rowIndex), cell);
            }
        }
        writer.WriteEndElement();
    }

    /// <summary>An autofilter over a table: its header row and data rows, columns 1-based.</summary>
    public void AutoFilter(uint headerRow, uint lastRow, int lastColumn) =>
        autoFilter = $"{CellReference(1, headerRow)}:{CellReference(lastColumn, lastRow)}";

    /// <summary>A drop-down of fixed values on a block of cells (e.g. "Yes", "No"). Values are ours (the year's data),
    /// never text from plans or returns; a value with a comma or quote would break the list and is refused.</summary>
    public void ListValidation(int column, uint firstRow, uint lastRow, IReadOnlyList<string> values)
    {
        if (values.Count == 0 || lastRow < firstRow)
        {
            return;
        }
        if (values.Any(v => v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal)))
        {
            throw new ArgumentException("List values cannot hold commas or quotes.", nameof(values));
        }
        var list = $"\"{string.Join(',', values)}\"";
        if (list.Length > 257)
        {
            throw new ArgumentException("A list validation holds at most 255 characters.", nameof(values));
        }
        validations.Add(($"{CellReference(column, firstRow)}:{CellReference(column, lastRow)}", list));
    }

    public void Dispose()
    {
        writer.WriteEndElement(); // SheetData
        if (autoFilter is not null)
        {
            writer.WriteElement(new AutoFilter { Reference = autoFilter });
        }
        if (merges.Count > 0)
        {
            writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }
        if (validations.Count > 0)
        {
            writer.WriteElement(new DataValidations(validations.Select(v => new DataValidation(new Formula1(v.List))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = v.Range },
            }))
            { Count = (uint)validations.Count });
        }
        if (this.layout.Print is { } print)
        {
            WritePrintSetup(print);
        }
        writer.WriteEndElement(); // Worksheet
        writer.Dispose();
    }

    private void WriteSheetView(XlsxSheetLayout layout)
    {
        if (layout.FrozenRows == 0 && !layout.Selected && layout.ShowGridLines)
        {
            return;
        }
        var view = new SheetView
        {
            WorkbookViewId = 0,
            TabSelected = layout.Selected ? true : null,
            ShowGridLines = layout.ShowGridLines ? null : false,
        };
        if (layout.FrozenRows > 0)
        {
            var topLeft = CellReference(1, layout.FrozenRows + 1);
            view.Append(
                new Pane { VerticalSplit = layout.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        writer.WriteElement(new SheetViews(view));
    }

    private void WritePrintSetup(XlsxPrintSetup print)
    {
        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        writer.WriteElement(new PageMargins
        {
            Left = XlsxPrintSetup.SideMargin,
            Right = XlsxPrintSetup.SideMargin,
            Top = XlsxPrintSetup.TopBottomMargin,
            Bottom = XlsxPrintSetup.TopBottomMargin,
            Header = XlsxPrintSetup.HeaderFooterMargin,
            Footer = XlsxPrintSetup.HeaderFooterMargin,
        });
        writer.WriteElement(new PageSetup
        {
            PaperSize = XlsxPrintSetup.A4,
            Orientation = print.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        writer.WriteElement(new HeaderFooter(new OddHeader(print.OddHeader), new OddFooter(XlsxPrintSetup.OddFooter)));
    }

    private void WriteCell(string reference, XlsxCell cell)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference) };
        if (cell.Style != XlsxStyle.Plain)
        {
            attributes.Add(new OpenXmlAttribute("s", "", ((uint)cell.Style).ToString(CultureInfo.InvariantCulture)));
        }
        if (cell.Formula is { } formula)
        {
            if (formula.Value is null)
            {
                attributes.Add(new OpenXmlAttribute("t", "", "str"));
            }
            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteElement(new CellFormula(formula.Text));
            writer.WriteElement(new CellValue(formula.Value is { } value ? MoneyFormat.PlainNumber(value) : ""));
        }
        else if (cell.Number is { } number)
        {
            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteElement(new CellValue(MoneyFormat.PlainNumber(number)));
        }
        else if (cell.Text is { } text && (text.Length > 0 || cell.Style == XlsxStyle.Plain))
        {
            attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteStartElement(new InlineString());
            var safe = XmlSafe(text);
            writer.WriteElement(NeedsPreserve(safe) ? new Text(safe) { Space = SpaceProcessingModeValues.Preserve } : new Text(safe));
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteStartElement(new Cell(), attributes);
        }
        writer.WriteEndElement();
    }

    /// <summary>Leading or trailing whitespace is dropped by XML readers unless xml:space="preserve" says otherwise.</summary>
    private static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    /// <summary>"A1" style reference; column is 1-based.</summary>
    internal static string CellReference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A", "B", …, "AA"; column is 1-based.</summary>
    internal static string ColumnName(int column)
    {
        var letters = new StringBuilder(3);
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }
        return letters.ToString();
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
