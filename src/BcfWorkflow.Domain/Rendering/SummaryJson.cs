using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>The serializer settings shared by <see cref="SummaryJsonWriter"/> and <see cref="SummaryJsonReader"/>.</summary>
internal static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The file is data, never embedded in HTML: keep "£" and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
