using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes summary.json (and template.json, the same document) in the shape fixed by docs/interfaces.md.</summary>
public static class SummaryJsonWriter
{
    public static void Write(AreaSummary summary, Stream output) => throw new NotImplementedException("CONTRACT STUB");
}
