using System.IO.Compression;
using System.Text;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>
/// Writes an .xlsx from raw SpreadsheetML, so a test controls exactly what Excel (or a script) would write: sheet
/// states, whether a workbook view records the active tab, shared strings with <c>_xHHHH_</c> escapes, cell styles,
/// formulas with or without a saved value, error cells.
/// </summary>
internal sealed class RawXlsx
{
    private readonly List<(string Name, string State, string SheetData)> sheets = [];
    private readonly List<string> sharedStrings = [];
    private int? activeTab;
    private bool workbookView = true;

    /// <summary>Adds a sheet; <paramref name="rows"/> are the <c>&lt;row&gt;</c> elements' inner XML, row by row.</summary>
    public RawXlsx Sheet(string name, params string[] rows) => Sheet(name, "visible", rows);

    public RawXlsx HiddenSheet(string name, params string[] rows) => Sheet(name, "hidden", rows);

    public RawXlsx ActiveTab(int tab)
    {
        this.activeTab = tab;
        return this;
    }

    /// <summary>Leaves out the workbook view, as some scripts do: the file then does not say which sheet was showing.</summary>
    public RawXlsx WithoutWorkbookView()
    {
        workbookView = false;
        return this;
    }

    /// <summary>A shared string's index (its XML text is written as given: escapes stay escapes).</summary>
    public int Shared(string xmlText)
    {
        sharedStrings.Add(xmlText);
        return sharedStrings.Count - 1;
    }

    /// <summary>A row of inline-string and number cells: strings become inline strings, numbers numbers, null a gap.</summary>
    public static string Row(int number, params object?[] cells)
    {
        var xml = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{number}";
            xml.Append(cells[c] switch
            {
                null => "",
                string text => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</t></is></c>",
                _ => $"<c r=\"{reference}\"><v>{Convert.ToString(cells[c], System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
            });
        }
        return $"<row r=\"{number}\">{xml}</row>";
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 0; i < this.sheets.Count; i++)
            {
                var (name, state, data) = this.sheets[i];
                overrides.Append($"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                sheets.Append($"<sheet name=\"{name}\" sheetId=\"{i + 1}\"{(state == "visible" ? "" : $" state=\"{state}\"")} r:id=\"rId{i + 1}\"/>");
                rels.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", $"<worksheet xmlns=\"{Main}\"><sheetData>{data}</sheetData></worksheet>");
            }
            var n = this.sheets.Count;
            Write(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + overrides + "</Types>");
            Write(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            var view = workbookView ? $"<bookViews><workbookView{(this.activeTab is { } tab ? $" activeTab=\"{tab}\"" : "")}/></bookViews>" : "";
            Write(zip, "xl/workbook.xml",
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{view}<sheets>{sheets}</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels
                + $"<Relationship Id=\"rId{n + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + $"<Relationship Id=\"rId{n + 2}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            // Style 0: General; 1: a built-in date (14); 2: a custom "dd/mm/yyyy"; 3: a custom accounting format.
            Write(zip, "xl/styles.xml",
                $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"_-[$£-809]* #,##0_-;\\-[$£-809]* #,##0_-;_-[$£-809]* &quot;-&quot;_-;_-@_-\"/></numFmts>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>");
            Write(zip, "xl/sharedStrings.xml",
                $"<sst xmlns=\"{Main}\">" + string.Concat(sharedStrings.Select(s => $"<si><t xml:space=\"preserve\">{s}</t></si>")) + "</sst>");
        }
        return stream.ToArray();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private RawXlsx Sheet(string name, string state, string[] rows)
    {
        this.sheets.Add((name, state, string.Concat(rows)));
        return this;
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
