using System.Text.Json.Nodes;
using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class ParametersFileTests(CompiledTemplate template)
{
    private static JsonObject FileParameters =>
        JsonNode.Parse(RepoFile.Read("infra", "main.parameters.json"))!["parameters"]!.AsObject();

    private JsonObject TemplateParameters => template.Root["parameters"]!.AsObject();

    [Fact]
    public void ParametersFile_EveryParameter_IsDeclaredInMainBicep()
    {
        Assert.All(FileParameters, pair => Assert.True(TemplateParameters.ContainsKey(pair.Key), $"{pair.Key} is not a main.bicep parameter"));
    }

    [Fact]
    public void MainBicep_RequiredParameters_AreSuppliedByAzd()
    {
        var required = TemplateParameters.Where(pair => pair.Value?["defaultValue"] is null).Select(pair => pair.Key).ToList();

        Assert.Equal(new[] { "environmentName", "location" }, required.Order());
        Assert.All(required, name => Assert.True(FileParameters.ContainsKey(name), $"{name} is missing from main.parameters.json"));
    }

    [Theory]
    [InlineData("environmentName", "${AZURE_ENV_NAME}")]
    [InlineData("location", "${AZURE_LOCATION}")]
    [InlineData("principalId", "${AZURE_PRINCIPAL_ID}")]
    public void ParametersFile_AzdParameter_ComesFromTheEnvironment(string name, string expected)
    {
        Assert.Equal(expected, (string?)FileParameters[name]?["value"]);
    }

    [Fact]
    public void Abbreviations_Used_AreAllDefined()
    {
        var abbreviations = JsonNode.Parse(RepoFile.Read("infra", "abbreviations.json"))!.AsObject();
        var main = RepoFile.Read("infra", "main.bicep");

        var used = System.Text.RegularExpressions.Regex.Matches(main, @"abbrs\.(\w+)").Select(match => match.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.True(abbreviations.ContainsKey(key), $"abbreviations.json lacks {key}"));
    }
}
