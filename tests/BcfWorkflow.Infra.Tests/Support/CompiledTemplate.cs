using System.Text.Json.Nodes;

namespace BcfWorkflow.Infra.Tests.Support;

/// <summary>infra/main.bicep built once per test run (bicep build --stdout) and flattened.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private JsonObject root = [];
    private IReadOnlyList<ArmResource> resources = [];

    public ProcessResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Root => Built(root);

    public string Text => Built(Build.StandardOutput);

    public IReadOnlyList<ArmResource> Resources => Built(resources);

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync("build", RepoFile.PathOf("infra", "main.bicep"), "--stdout");
        if (Build.ExitCode != 0)
        {
            return;
        }

        root = JsonNode.Parse(Build.StandardOutput)!.AsObject();
        var found = new List<ArmResource>();
        Collect(root, module: null, found);
        resources = found;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // A failed build fails every template test with the CLI's own message, not with an empty template.
    private T Built<T>(T value) => Build.ExitCode == 0
        ? value
        : throw new InvalidOperationException($"infra/main.bicep did not build:\n{Build.Describe()}");

    private static void Collect(JsonObject template, JsonObject? module, List<ArmResource> into)
    {
        foreach (var node in ResourcesOf(template))
        {
            var resource = node.AsObject();
            into.Add(new ArmResource((string)resource["type"]!, resource, module));
            if (resource["properties"] is JsonObject { } properties && properties["template"] is JsonObject nested)
            {
                Collect(nested, resource, into);
            }
        }
    }

    // Symbolic-name templates (languageVersion 2.0) hold resources in an object, classic ones in an array.
    private static IEnumerable<JsonNode> ResourcesOf(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonNode>(),
        JsonObject map => map.Select(pair => pair.Value).OfType<JsonNode>(),
        _ => [],
    };
}
