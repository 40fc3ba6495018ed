using System.Text;

namespace BcfWorkflow.Domain.Tests.Support;

/// <summary>The tests' own small CSV reader (not the product's), for files written by LibreOffice and for our fixtures:
/// RFC 4180 records, comma-separated, quoted fields holding commas, quotes and line breaks; a BOM and CRLF accepted.</summary>
internal static class CsvRecords
{
    public static List<List<string>> Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static List<List<string>> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
