using System.Text.Json;
using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes summary.json (and template.json, the same document) in the shape fixed by docs/interfaces.md.</summary>
/// <remarks>Indented UTF-8 without BOM; amounts as exact JSON numbers, percentageSpent a fraction to 4 dp (null where
/// income is 0); a "warnings" array follows the fixed properties.</remarks>
public static class SummaryJsonWriter
{
    public static void Write(AreaSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, SummaryDocument.From(summary), SummaryJson.Options);
    }
}
