using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>A resource in the compiled ARM template; Module is the nested deployment holding it (null at the top).</summary>
public sealed record ArmResource(string Type, JsonObject Json, JsonObject? Module)
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tags as written: an ARM expression such as [variables('tags')], or a JSON object.</summary>
    public string TagsText => Json["tags"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var expression) => expression,
        JsonNode node => node.ToJsonString(Unescaped),
        null => "",
    };

    // An expression such as [union(...)] stands for the properties of some resources: those read as empty here.
    public JsonObject Properties => Json["properties"] as JsonObject ?? [];

    /// <summary>Top-level ARM types (Namespace/type) carry tags; child types, deployments and role assignments do not need them.</summary>
    public bool IsTaggable =>
        Type.Count(character => character == '/') == 1
        && Type is not "Microsoft.Resources/deployments" and not "Microsoft.Authorization/roleAssignments";
}
