using System.Text.Json;
using System.Text.Json.Serialization;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The JSON settings of every JSON blob (camelCase, enums as names).</summary>
public static class BlobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
