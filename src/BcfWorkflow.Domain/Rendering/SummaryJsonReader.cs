using System.Text.Json;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Reads a summary.json written by <see cref="SummaryJsonWriter"/>.</summary>
public static class SummaryJsonReader
{
    /// <exception cref="JsonException">The stream is not a summary document.</exception>
    public static SummaryDocument Read(Stream input)
    {
        var document = JsonSerializer.Deserialize<SummaryDocument>(input, SummaryJson.Options)
            ?? throw new JsonException("summary.json holds null, not a summary document.");
        // "warnings" is our addition to the fixed shape: files from elsewhere may not have it.
        return document.Warnings is null ? document with { Warnings = [] } : document;
    }
}
