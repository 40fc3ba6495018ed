using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>Reads and writes a package part's XML: no DTDs or external entities, whitespace kept, and written back
/// without reformatting (line breaks in text as character references, so none is lost).</summary>
internal static class PartXml
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static XDocument Load(byte[] content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static byte[] Save(XDocument document)
    {
        using var content = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.Entitize };
        using (var writer = XmlWriter.Create(content, settings))
        {
            document.Save(writer);
        }
        return content.ToArray();
    }

    /// <summary>A relationship target as a part name: relative to the source part's folder, or absolute ("/xl/...").</summary>
    public static string Resolve(string sourcePart, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }
        var folder = sourcePart.Contains('/', StringComparison.Ordinal) ? sourcePart[..sourcePart.LastIndexOf('/')] : "";
        var segments = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>The part holding a part's relationships: xl/workbook.xml's are xl/_rels/workbook.xml.rels.</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }
}
