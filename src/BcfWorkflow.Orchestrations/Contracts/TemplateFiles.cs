namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The names of a template version's files in <see cref="Ports.ITemplateStore"/>: the area's template by
/// format ("xlsx"), and each contributor's own view ("contributors/blaby/xlsx": its rows and the area's totals).</summary>
public static class TemplateFiles
{
    public static string Area(string format) => format;

    public static string Contributor(string contributorId, string format) => $"contributors/{contributorId}/{format}";
}
