using BcfWorkflow.Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BcfWorkflow.Infra.Tests;

public sealed class AzureYamlTests
{
    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(RepoFile.Read("azure.yaml")));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";

    [Fact]
    public void AzureYaml_Name_IsBcfWorkflow()
    {
        Assert.Equal("bcfworkflow", Scalar(Root(), "name"));
    }

    [Theory]
    [InlineData("host", "function")]
    [InlineData("language", "dotnet")]
    [InlineData("project", "./src/BcfWorkflow.Functions")]
    public void ApiService_Setting_HasExpectedValue(string key, string expected)
    {
        var services = (YamlMappingNode)Root().Children[new YamlScalarNode("services")];
        var api = (YamlMappingNode)services.Children[new YamlScalarNode("api")];

        Assert.Equal(expected, Scalar(api, key));
    }

    [Fact]
    public void AzureYaml_Infra_UsesTheDefaultBicepLocation()
    {
        Assert.True(File.Exists(RepoFile.PathOf("infra", "main.bicep")));
        Assert.False(Root().Children.ContainsKey(new YamlScalarNode("infra")));
    }
}
