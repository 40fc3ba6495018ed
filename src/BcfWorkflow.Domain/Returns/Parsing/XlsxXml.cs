using System.Xml;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Safe XML reading for workbook parts (.xlsx and .ods): no DTDs, no external resolution, a cap on characters and bytes.</summary>
internal static class XlsxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = TableLimits.MaxBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Open(Stream partStream) =>
        XmlReader.Create(new CappedReadStream(partStream, TableLimits.MaxBytes), Settings);

    /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> elements, leaving out phonetic runs (<c>rPh</c>).</summary>
    public static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        var depth = reader.Depth;
        var phoneticDepth = -1;
        var inT = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement && phoneticDepth < 0:
                    phoneticDepth = reader.Depth;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && !reader.IsEmptyElement:
                    inT = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inT = false;
                    break;
                case XmlNodeType.EndElement when reader.Depth == phoneticDepth:
                    phoneticDepth = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace
                    when inT && phoneticDepth < 0:
                    text.Append(reader.Value);
                    break;
            }
        }
        return DecodeEscapes(text.ToString());
    }

    /// <summary>Decodes the <c>_xHHHH_</c> escapes Excel writes for characters XML cannot hold or that it keeps
    /// apart (a carriage return in a header cell is stored as <c>_x000D_</c>); <c>_x005F_</c> is an underscore.</summary>
    public static string DecodeEscapes(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        var decoded = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            if (at + 7 <= text.Length && text[at + 6] == '_'
                && ushort.TryParse(text.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                decoded.Append(text, i, at - i).Append((char)code);
                i = at + 7;
                at = text.IndexOf("_x", i, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }
        return decoded.Append(text, i, text.Length - i).ToString();
    }

    /// <summary>1-based column of a cell reference such as "AB12"; 0 when it has no letters.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }
            column = column * 26 + (upper - 'A' + 1);
            if (column > 100_000)
            {
                break;
            }
        }
        return column;
    }
}
