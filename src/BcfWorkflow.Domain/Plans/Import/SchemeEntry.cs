using System.Text.Json.Nodes;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>One scheme row as read: where it is, its id and source when readable, and its plan.json object (a field
/// whose cell could not be read is left out, and reported).</summary>
internal sealed record SchemeEntry(int Row, string? Id, JsonObject Json)
{
    public string? Source { get; set; }
}
