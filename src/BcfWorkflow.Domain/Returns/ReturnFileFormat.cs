using System.IO.Compression;

namespace BcfWorkflow.Domain.Returns;

/// <summary>What kind of file an upload is, judged by its content, never its name: an .xlsx renamed .csv is still
/// an .xlsx, and a PDF renamed .csv is still a PDF.</summary>
public static class ReturnFileFormat
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string Xls = "xls";
    public const string Ods = "ods";

    /// <summary>The formats a return or plan may come in, as an officer would name them.</summary>
    public const string Accepted = "a CSV or Excel file (.csv, .xlsx or .xls) or a LibreOffice spreadsheet (.ods)";

    private static ReadOnlySpan<byte> Zip => "PK\x03\x04"u8;

    /// <summary>The signature of an OLE2 compound file: Excel 97-2003 (.xls), and also Word 97-2003 (.doc).</summary>
    private static ReadOnlySpan<byte> Compound => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileKind KindOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Zip))
        {
            return ZipKindOf(content.ToArray());
        }
        if (content.StartsWith(Compound))
        {
            return FileKind.Xls; // a .doc is told apart when the workbook reader finds no workbook stream in it
        }
        if (content.StartsWith("%PDF"u8))
        {
            return FileKind.Pdf;
        }
        if (content.StartsWith("{\\rtf"u8))
        {
            return FileKind.WordDocument;
        }
        return FileKind.Text;
    }

    /// <summary>The extension a file with this content is stored under: "xlsx", "xls", "ods" or "csv".</summary>
    public static string ExtensionOf(ReadOnlySpan<byte> content) => ExtensionOf(KindOf(content));

    /// <summary>The extension a file of this kind is stored under: "xlsx", "xls", "ods" or "csv".</summary>
    public static string ExtensionOf(FileKind kind) => kind switch
    {
        FileKind.Xlsx => Xlsx,
        FileKind.Xls => Xls,
        FileKind.Ods => Ods,
        _ => Csv,
    };

    /// <summary>A zip is told apart by its parts: an .xlsx has xl/ parts, an .ods a "mimetype" of a spreadsheet,
    /// a Word document word/document.xml.</summary>
    private static FileKind ZipKindOf(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var isWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == "word/document.xml")
                {
                    return FileKind.WordDocument;
                }
                if (entry.FullName == "mimetype")
                {
                    return MimeTypeOf(entry) switch
                    {
                        "application/vnd.oasis.opendocument.spreadsheet" => FileKind.Ods,
                        "application/vnd.oasis.opendocument.text" => FileKind.WordDocument,
                        _ => FileKind.OtherZip,
                    };
                }
                isWorkbook |= entry.FullName.StartsWith("xl/", StringComparison.Ordinal);
            }
            return isWorkbook ? FileKind.Xlsx : FileKind.OtherZip;
        }
        catch (InvalidDataException)
        {
            return FileKind.OtherZip;
        }
    }

    private static string MimeTypeOf(ZipArchiveEntry entry)
    {
        if (entry.Length > 200)
        {
            return "";
        }
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Trim();
    }
}

/// <summary>The kinds of upload <see cref="ReturnFileFormat.KindOf"/> tells apart.</summary>
public enum FileKind
{
    /// <summary>Text: read as CSV (any delimiter and encoding), or refused as binary.</summary>
    Text,
    Xlsx,
    Xls,
    Ods,
    Pdf,
    WordDocument,
    OtherZip,
}
