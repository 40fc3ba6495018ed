using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>
/// One worksheet part, read for locating its labels and input cells and edited in place: a cell that is given a value
/// has its value elements replaced and keeps its other attributes and style; every other element and attribute of
/// the part is left as it was read.
/// </summary>
internal sealed class SheetGrid
{
    private const int MaxCellText = 32_767;
    private static readonly XNamespace Main = PartXml.Main;

    private readonly Dictionary<CellRef, XElement> cells = [];
    private readonly Dictionary<XElement, int> columnOf = [];
    private readonly SortedDictionary<int, XElement> rows = [];
    private readonly List<CellRange> merges = [];
    private readonly List<(int Min, int Max, int Style)> columnStyles = [];
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly WorkbookStyles styles;
    private readonly XElement sheetData;

    public SheetGrid(string name, string partName, XDocument document, IReadOnlyList<string> sharedStrings, WorkbookStyles styles)
    {
        Name = name;
        PartName = partName;
        Document = document;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        var root = document.Root ?? throw new InvalidDataException($"The sheet {name} is empty.");
        sheetData = root.Element(Main + "sheetData") ?? new XElement(Main + "sheetData");
        var protection = root.Element(Main + "sheetProtection");
        IsProtected = protection is not null && (string?)protection.Attribute("sheet") is "1" or "true";
        foreach (var merge in root.Element(Main + "mergeCells")?.Elements(Main + "mergeCell") ?? [])
        {
            if (CellRange.TryParse((string?)merge.Attribute("ref")) is { } range)
            {
                merges.Add(range);
            }
        }
        foreach (var col in root.Element(Main + "cols")?.Elements(Main + "col") ?? [])
        {
            columnStyles.Add((Int(col, "min"), Int(col, "max"), Int(col, "style")));
            MaxColumn = Math.Max(MaxColumn, Math.Min(Int(col, "max"), CellRef.MaxColumn));
        }
        var rowNumber = 0;
        foreach (var row in sheetData.Elements(Main + "row"))
        {
            rowNumber = (int?)row.Attribute("r") ?? rowNumber + 1;
            rows[rowNumber] = row;
            var column = 0;
            foreach (var cell in row.Elements(Main + "c"))
            {
                column = CellRef.TryParse((string?)cell.Attribute("r"))?.Column ?? column + 1;
                cells[new CellRef(rowNumber, column)] = cell;
                columnOf[cell] = column;
                MaxColumn = Math.Max(MaxColumn, column);
            }
            MaxRow = rowNumber;
        }
    }

    /// <summary>The sheet's name as the workbook shows it.</summary>
    public string Name { get; }

    public string PartName { get; }

    public XDocument Document { get; }

    /// <summary>Whether the sheet is protected (its sheetProtection says sheet="1"): only unlocked cells take input.</summary>
    public bool IsProtected { get; }

    public bool Changed { get; private set; }

    public int MaxRow { get; }

    public int MaxColumn { get; private set; }

    /// <summary>Every cell holding text typed in (not a formula's result), with its text.</summary>
    public IEnumerable<(CellRef Cell, string Text)> TextCells =>
        cells.Where(c => !HasFormula(c.Value) && (string?)c.Value.Attribute("t") is "s" or "inlineStr")
            .Select(c => (c.Key, ValueText(c.Value) ?? ""));

    /// <summary>The cells of one row that hold something, by column.</summary>
    public IEnumerable<CellRef> CellsOfRow(int row) => cells.Keys.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>The value a cell shows, as text (a formula's saved result included); null when blank.</summary>
    public string? Value(CellRef cell) => cells.TryGetValue(cell, out var c) ? ValueText(c) : null;

    public bool HasFormula(CellRef cell) => cells.TryGetValue(cell, out var c) && HasFormula(c);

    /// <summary>Blank: no value and no formula.</summary>
    public bool IsBlank(CellRef cell) => !HasFormula(cell) && string.IsNullOrEmpty(Value(cell));

    /// <summary>The merged range a cell is part of, if any.</summary>
    public CellRange? MergeOf(CellRef cell) => merges.Cast<CellRange?>().FirstOrDefault(m => m!.Value.Contains(cell));

    /// <summary>The cell's style: its own, else its row's (when the row has a custom format), else its column's.</summary>
    public int StyleOf(CellRef cell)
    {
        if (cells.TryGetValue(cell, out var c) && c.Attribute("s") is not null)
        {
            return Int(c, "s");
        }
        if (rows.TryGetValue(cell.Row, out var row) && (string?)row.Attribute("customFormat") is "1" or "true" && row.Attribute("s") is not null)
        {
            return Int(row, "s");
        }
        return columnStyles.LastOrDefault(s => cell.Column >= s.Min && cell.Column <= s.Max).Style;
    }

    public bool IsUnlocked(CellRef cell) => !this.styles.IsLocked(StyleOf(cell));

    public bool ShowsDate(CellRef cell) => this.styles.IsDate(StyleOf(cell));

    public void SetNumber(CellRef cell, decimal number) =>
        SetValue(cell, null, new XElement(Main + "v", number.ToString("0.############################", CultureInfo.InvariantCulture)));

    /// <summary>Writes text as an inline string (never a formula, whatever it starts with); characters XML cannot
    /// hold are dropped and the text is cut at the 32,767 characters a cell holds.</summary>
    public void SetText(CellRef cell, string text)
    {
        var kept = new System.Text.StringBuilder(Math.Min(text.Length, MaxCellText));
        for (var i = 0; i < text.Length && kept.Length < MaxCellText; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && kept.Length + 2 <= MaxCellText)
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        SetValue(cell, "inlineStr", new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), kept.ToString())));
    }

    private void SetValue(CellRef cell, string? type, XElement value)
    {
        var c = CellElement(cell);
        c.Elements().Where(e => e.Name == Main + "f" || e.Name == Main + "v" || e.Name == Main + "is").Remove();
        c.Attribute("t")?.Remove();
        c.Attribute("vm")?.Remove(); // value metadata belongs to the value replaced
        if (type is not null)
        {
            c.SetAttributeValue("t", type);
        }
        if (c.Element(Main + "extLst") is { } extensions)
        {
            extensions.AddBeforeSelf(value);
        }
        else
        {
            c.Add(value);
        }
        Changed = true;
    }

    /// <summary>The cell's element, made (with the style the cell shows) where the part has none.</summary>
    private XElement CellElement(CellRef cell)
    {
        if (cells.TryGetValue(cell, out var existing))
        {
            return existing;
        }
        if (!rows.TryGetValue(cell.Row, out var row))
        {
            row = new XElement(Main + "row", new XAttribute("r", cell.Row));
            var after = rows.Keys.Where(r => r < cell.Row).Select(r => (int?)r).LastOrDefault();
            if (after is { } a)
            {
                rows[a].AddAfterSelf(row);
            }
            else
            {
                sheetData.AddFirst(row);
            }
            rows[cell.Row] = row;
        }
        var style = StyleOf(cell);
        var c = new XElement(Main + "c", new XAttribute("r", cell.ToString()));
        if (style != 0)
        {
            c.SetAttributeValue("s", style);
        }
        var next = row.Elements(Main + "c").FirstOrDefault(e => columnOf.TryGetValue(e, out var col) && col > cell.Column);
        if (next is not null)
        {
            next.AddBeforeSelf(c);
        }
        else if (row.Elements(Main + "c").LastOrDefault() is { } last)
        {
            last.AddAfterSelf(c);
        }
        else
        {
            row.AddFirst(c);
        }
        WidenSpans(row, cell.Column);
        cells[cell] = c;
        columnOf[c] = cell.Column;
        return c;
    }

    /// <summary>A row's spans ("2:20") are a hint of its first and last cell; a cell written outside them widens them.</summary>
    private static void WidenSpans(XElement row, int column)
    {
        var spans = ((string?)row.Attribute("spans"))?.Split(':');
        if (spans is [var from, var to] && int.TryParse(from, CultureInfo.InvariantCulture, out var min) && int.TryParse(to, CultureInfo.InvariantCulture, out var max)
            && (column < min || column > max))
        {
            row.SetAttributeValue("spans", $"{Math.Min(min, column)}:{Math.Max(max, column)}");
        }
    }

    private static bool HasFormula(XElement cell) => cell.Element(Main + "f") is not null;

    private string? ValueText(XElement cell)
    {
        var type = (string?)cell.Attribute("t");
        if (type == "inlineStr")
        {
            var inline = cell.Element(Main + "is");
            return inline is null ? null : RichText(inline);
        }
        var value = (string?)cell.Element(Main + "v");
        if (type == "s")
        {
            return int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < this.sharedStrings.Count
                ? this.sharedStrings[index]
                : null;
        }
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The text of a string item (si or is): its t, or its runs' t, without phonetic hints.</summary>
    public static string RichText(XElement item) =>
        string.Concat(item.Elements().Where(e => e.Name == Main + "t" || e.Name == Main + "r")
            .SelectMany(e => e.Name == Main + "t" ? [e] : e.Elements(Main + "t"))
            .Select(t => t.Value));

    private static int Int(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
