using System.IO.Compression;
using System.Security;
using System.Text;

namespace BcfWorkflow.Security.Tests.Support;

/// <summary>Hand-made .xlsx packages (the five parts a reader needs), so a test controls every byte of the sheet,
/// including hostile ones: zip bombs, DTDs, huge sheets.</summary>
public static class RawXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """;

    private const string RootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    private const string Workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Return" sheetId="1" r:id="rId1"/></sheets></workbook>
        """;

    private const string WorkbookRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """;

    public const string SheetPath = "xl/worksheets/sheet1.xml";

    /// <summary>A workbook whose first sheet holds <paramref name="rows"/> as inline strings.</summary>
    public static byte[] FromRows(IEnumerable<string[]> rows) => WithSheet(stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            writer.Write($"<row r=\"{r}\">");
            for (var c = 0; c < row.Length; c++)
            {
                writer.Write($"<c r=\"{Column(c)}{r}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(row[c])}</t></is></c>");
            }
            writer.Write("</row>");
        }
        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>A workbook whose sheet part is exactly <paramref name="sheetXml"/>.</summary>
    public static byte[] WithSheetXml(string sheetXml) => WithSheet(s => s.Write(Encoding.UTF8.GetBytes(sheetXml)));

    /// <summary>A workbook whose shared strings part is written by <paramref name="writeSharedStrings"/> and whose sheet
    /// is <paramref name="sheetXml"/>: a small file whose text expands into megabytes.</summary>
    public static byte[] WithSharedStrings(Action<Stream> writeSharedStrings, string sheetXml)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes.Replace("</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>", StringComparison.Ordinal));
            Add(zip, "_rels/.rels", RootRels);
            Add(zip, "xl/workbook.xml", Workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels.Replace("</Relationships>",
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>", StringComparison.Ordinal));
            Add(zip, SheetPath, sheetXml);
            using var strings = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            writeSharedStrings(strings);
        }
        return output.ToArray();
    }

    /// <summary>A workbook whose sheet part is written by <paramref name="writeSheet"/> (compressed as small as deflate can).</summary>
    public static byte[] WithSheet(Action<Stream> writeSheet, params (string Path, string Xml)[] extraParts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", RootRels);
            Add(zip, "xl/workbook.xml", Workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            using (var sheet = zip.CreateEntry(SheetPath, CompressionLevel.SmallestSize).Open())
            {
                writeSheet(sheet);
            }
            foreach (var (path, xml) in extraParts)
            {
                Add(zip, path, xml);
            }
        }
        return output.ToArray();
    }

    /// <summary>Rewrites the declared uncompressed size of <paramref name="entryName"/> (local header and central
    /// directory) to <paramref name="declared"/>: a zip that lies about how big its part is.</summary>
    public static byte[] LieAboutSize(byte[] zip, string entryName, uint declared)
    {
        var bytes = zip.ToArray();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04
                && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            }
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02
                && i + 46 + name.Length <= bytes.Length && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
            }
        }
        return bytes;
    }

    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static void Add(ZipArchive zip, string path, string text)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
