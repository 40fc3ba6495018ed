using System.Text;
using BcfWorkflow.Security.Tests.Support;

namespace BcfWorkflow.Security.Tests.Uploads;

/// <summary>The hostile files, built in memory.</summary>
public static class HostileFiles
{
    public const string Header = "Scheme ID,Expenditure to date (£),Outputs delivered to date,Comments";

    /// <summary>An honest bomb: the zip declares a sheet of <paramref name="megabytes"/> MB (whitespace, ~1000:1).</summary>
    public static byte[] DeclaredZipBomb(int megabytes) => RawXlsx.WithSheet(stream =>
    {
        stream.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < megabytes; i++)
        {
            stream.Write(spaces);
        }
        stream.Write("</sheetData></worksheet>"u8);
    });

    /// <summary>The same bomb with its declared size rewritten to 1 KB, so only reading it reveals the size.</summary>
    public static byte[] LyingZipBomb(int megabytes) => RawXlsx.LieAboutSize(DeclaredZipBomb(megabytes), RawXlsx.SheetPath, 1024);

    /// <summary>Billion laughs: ten levels of ten entity references (10^9 "lol"s) in sheet1.xml.</summary>
    public static byte[] BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }
        dtd.Append("]>");
        return RawXlsx.WithSheetXml($"<?xml version=\"1.0\"?>{dtd}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
    }

    /// <summary>An external entity (XXE) that would read a local file.</summary>
    public static byte[] ExternalEntity() => RawXlsx.WithSheetXml(
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>");

    public static byte[] CsvWithRows(int dataRows)
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < dataRows; i++)
        {
            csv.Append("39,1,1,\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] CsvWithColumns(int columns) =>
        Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Range(0, columns - 4).Select(i => $",Extra {i}")) + "\n39,1,1,\n");

    public static byte[] XlsxWithRows(int dataRows) => RawXlsx.FromRows(
        new[] { new[] { "Scheme ID", "Expenditure to date (£)" } }.Concat(Enumerable.Range(0, dataRows).Select(_ => new[] { "39", "1" })));

    public static byte[] XlsxWithColumns(int columns) => RawXlsx.FromRows(
        [["Scheme ID", "Expenditure to date (£)", .. Enumerable.Range(0, columns - 2).Select(i => $"Extra {i}")], ["39", "1"]]);

    /// <summary>Blaby's valid return with a comment holding bytes that are not UTF-8 (a lone 0xC3, then 0xFF).</summary>
    public static byte[] InvalidUtf8() =>
        [.. Encoding.UTF8.GetBytes(Header + "\n39,1,1,Caf"), 0xC3, 0x28, 0xFF, .. "\n"u8];

    public static byte[] BlabyCsv(string comment = "") =>
        Encoding.UTF8.GetBytes($"{Header}\n39,1000,10,\"{comment.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");

    public static byte[] BlabyXlsx() => RawXlsx.FromRows([["Scheme ID", "Expenditure to date (£)", "Outputs delivered to date"], ["39", "1000", "10"]]);
}
