using System.Text;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>Blob names of the layout in docs/interfaces.md, and the sanitising they need.</summary>
public static class BlobNames
{
    public static string ReturnsPrefix(string cycleId, string contributorId) => $"returns/{cycleId}/{contributorId}/";

    /// <summary>Every contributor's returns in a cycle: <c>returns/{cycleId}/</c>.</summary>
    public static string CycleReturnsPrefix(string cycleId) => $"returns/{cycleId}/";

    public static string TemplatesPrefix(string cycleId) => $"templates/{cycleId}/";

    /// <summary>A template file: <c>templates/{cycleId}/v{n}/template.{format}</c> for the area's, and
    /// <c>templates/{cycleId}/v{n}/contributors/{id}/template.{format}</c> for a contributor's view
    /// (<see cref="Orchestrations.Contracts.TemplateFiles"/>).
    /// A file named in full (<c>answers.csv</c>, <c>reporting-workbook.xlsx</c>) keeps its name.</summary>
    public static string Template(string cycleId, int version, string file)
    {
        var slash = file.LastIndexOf('/');
        var leaf = file[(slash + 1)..];
        var name = leaf.Contains('.', StringComparison.Ordinal) ? leaf : $"template.{leaf}";
        return slash < 0
            ? $"templates/{cycleId}/v{version}/{name}"
            : $"templates/{cycleId}/v{version}/{file[..slash]}/{name}";
    }

    public static string AnswersPrefix(string cycleId) => $"answers/{cycleId}/";

    /// <summary>The lead's answers: <c>answers/{cycleId}/v{n}.json</c>.</summary>
    public static string Answers(string cycleId, int version) => $"answers/{cycleId}/v{version}.json";

    public static string ReportingWorkbooksPrefix(string cycleId) => $"reporting-workbooks/{cycleId}/";

    /// <summary>The blank reporting workbook the lead attached: <c>reporting-workbooks/{cycleId}/v{n}.xlsx</c>.</summary>
    public static string ReportingWorkbook(string cycleId, int version) => $"reporting-workbooks/{cycleId}/v{version}.xlsx";

    /// <summary>The cycle index's entry of a cycle: <c>cycles/{area-slug}/{cycleId}.json</c>.</summary>
    public static string CycleIndexEntry(string areaSlug, string cycleId) => $"cycles/{areaSlug}/{cycleId}.json";

    /// <summary>One area's entries (<c>cycles/{area-slug}/</c>), or every area's (<c>cycles/</c>).</summary>
    public static string CycleIndexPrefix(string? areaSlug) => areaSlug is null ? "cycles/" : $"cycles/{areaSlug}/";

    /// <summary>Written once the cycles opened before the index was kept have been added to it.</summary>
    public const string CycleIndexEarlierCyclesMarker = "cycles/_earlier-cycles-indexed";

    public static string Audit(string cycleId) => $"audit/{cycleId}.jsonl";

    public static string Plan(string area, string year) => $"plans/{Slug(area)}/{Safe(year)}.json";

    public static string Email(string cycleId, string messageId) => $"emails/{cycleId}/{Safe(messageId)}.eml";

    /// <summary>"North West Leicestershire" -> "north-west-leicestershire".</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>One path segment: letters, digits, '.', '-' and '_' kept, anything else (e.g. '/') becomes '_'.</summary>
    public static string Safe(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
