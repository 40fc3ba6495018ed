using System.Xml.Linq;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>An .xlsx or .xlsm package opened for filling in: its sheets (name, part, visibility), shared strings and
/// styles read, each worksheet parsed when first asked for; <see cref="Save"/> writes the package again with only the
/// edited worksheets and workbook.xml (set to recalculate on opening) replaced.</summary>
internal sealed class WorkbookPackage
{
    private const string OfficeDocument = "/officeDocument";
    private static readonly XNamespace Main = PartXml.Main;

    private readonly RawZip zip;
    private readonly string workbookPart;
    private readonly XDocument workbook;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly WorkbookStyles styles;
    private readonly Dictionary<string, SheetGrid> grids = new(StringComparer.Ordinal);

    private WorkbookPackage(RawZip zip, string workbookPart, XDocument workbook, IReadOnlyList<WorkbookSheet> sheets,
        IReadOnlyList<string> sharedStrings, WorkbookStyles styles)
    {
        this.zip = zip;
        this.workbookPart = workbookPart;
        this.workbook = workbook;
        Sheets = sheets;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    /// <summary>The worksheets, in workbook order (chart sheets and dialog sheets left out).</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The package, or null when it has no workbook part that can be read.</summary>
    public static WorkbookPackage? Open(RawZip zip)
    {
        var rootRelationships = Xml(zip, "_rels/.rels");
        var target = rootRelationships?.Root?.Elements(PartXml.PackageRelationships + "Relationship")
            .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith(OfficeDocument, StringComparison.Ordinal) == true)
            ?.Attribute("Target")?.Value;
        if (target is null || zip.Find(PartXml.Resolve("", target)) is not { } workbookPart || Xml(zip, workbookPart) is not { } workbook)
        {
            return null;
        }
        var relationships = (Xml(zip, PartXml.RelationshipsOf(workbookPart))?.Root?.Elements(PartXml.PackageRelationships + "Relationship") ?? [])
            .Where(r => r.Attribute("Id") is not null && r.Attribute("Target") is not null)
            .GroupBy(r => (string)r.Attribute("Id")!)
            .ToDictionary(g => g.Key, g => (Type: (string?)g.First().Attribute("Type") ?? "", Target: PartXml.Resolve(workbookPart, (string)g.First().Attribute("Target")!)));
        var sheets = new List<WorkbookSheet>();
        foreach (var sheet in workbook.Root?.Element(Main + "sheets")?.Elements(Main + "sheet") ?? [])
        {
            var id = (string?)sheet.Attribute(PartXml.Relationships + "id");
            if (id is not null && relationships.TryGetValue(id, out var part) && part.Type.EndsWith("/worksheet", StringComparison.Ordinal)
                && zip.Find(part.Target) is { } partName)
            {
                sheets.Add(new WorkbookSheet((string?)sheet.Attribute("name") ?? "", partName, (string?)sheet.Attribute("state") ?? "visible"));
            }
        }
        var strings = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        var styles = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
        var sharedStrings = strings is null ? null : Xml(zip, strings);
        var stylesheet = styles is null ? null : Xml(zip, styles);
        return new WorkbookPackage(
            zip,
            workbookPart,
            workbook,
            sheets,
            [.. sharedStrings?.Root?.Elements(Main + "si").Select(SheetGrid.RichText) ?? []],
            stylesheet is null ? WorkbookStyles.None : WorkbookStyles.Read(stylesheet));
    }

    /// <summary>The sheet's cells, parsed once.</summary>
    public SheetGrid Grid(WorkbookSheet sheet)
    {
        if (!grids.TryGetValue(sheet.PartName, out var grid))
        {
            var document = Xml(this.zip, sheet.PartName) ?? throw new InvalidDataException($"The sheet {sheet.Name} ({sheet.PartName}) cannot be read.");
            grid = new SheetGrid(sheet.Name, sheet.PartName, document, this.sharedStrings, this.styles);
            grids[sheet.PartName] = grid;
        }
        return grid;
    }

    /// <summary>Writes the package: the edited worksheets, the worksheets whose formulas had saved results (dropped),
    /// and workbook.xml (calcPr fullCalcOnLoad="1", so a spreadsheet recalculates every formula on opening) replaced;
    /// every other entry copied byte for byte.</summary>
    public void Save(Stream output)
    {
        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var sheet in Sheets)
        {
            var grid = Grid(sheet);
            if (ForgetFormulaResults(grid.Document) | grid.Changed)
            {
                replaced[grid.PartName] = PartXml.Save(grid.Document);
            }
        }
        RecalculateOnLoad(this.workbook);
        replaced[this.workbookPart] = PartXml.Save(this.workbook);
        this.zip.CopyTo(output, replaced);
    }

    /// <summary>Drops the results saved with formulas (each <c>&lt;v&gt;</c> beside an <c>&lt;f&gt;</c>): they were
    /// worked out from the blank's inputs, and a spreadsheet that does not recalculate on opening (LibreOffice's default
    /// for files Excel saved ignores fullCalcOnLoad) would show them against the new figures. Without a saved result
    /// every spreadsheet calculates the cell; a reader that calculates nothing sees it empty, never stale.</summary>
    /// <returns>Whether any result was dropped.</returns>
    private static bool ForgetFormulaResults(XDocument worksheet)
    {
        var results = worksheet.Descendants(Main + "c")
            .Where(c => c.Element(Main + "f") is not null)
            .Select(c => c.Element(Main + "v"))
            .OfType<XElement>()
            .ToList();
        results.ForEach(v => v.Remove());
        return results.Count > 0;
    }

    /// <summary>Elements of CT_Workbook that come before calcPr, in schema order.</summary>
    private static readonly string[] BeforeCalcPr =
        ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames"];

    private static void RecalculateOnLoad(XDocument workbook)
    {
        var root = workbook.Root!;
        var calcPr = root.Element(Main + "calcPr");
        if (calcPr is null)
        {
            calcPr = new XElement(Main + "calcPr");
            var before = root.Elements().LastOrDefault(e => e.Name.Namespace == Main && BeforeCalcPr.Contains(e.Name.LocalName));
            if (before is null)
            {
                root.AddFirst(calcPr);
            }
            else
            {
                before.AddAfterSelf(calcPr);
            }
        }
        calcPr.SetAttributeValue("fullCalcOnLoad", "1");
    }

    private static XDocument? Xml(RawZip zip, string part)
    {
        if (zip.Find(part) is not { } name || zip.Read(name) is not { } content)
        {
            return null;
        }
        try
        {
            return PartXml.Load(content);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}

/// <summary>A worksheet of the workbook: its name, its part and its state (visible, hidden, veryHidden).</summary>
internal sealed record WorkbookSheet(string Name, string PartName, string State);
