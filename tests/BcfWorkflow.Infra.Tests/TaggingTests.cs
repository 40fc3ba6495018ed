using BcfWorkflow.Infra.Tests.Support;

namespace BcfWorkflow.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class TaggingTests(CompiledTemplate template)
{
    private const string MainTags = "[variables('tags')]";

    [Fact]
    public void MainTags_AzdEnvName_IsTheEnvironmentName()
    {
        Assert.Equal("[parameters('environmentName')]", (string?)template.Root["variables"]?["tags"]?["azd-env-name"]);
    }

    [Fact]
    public void TaggableResources_Every_CarriesTheMainTags()
    {
        var taggable = template.Resources.Where(resource => resource.IsTaggable).ToList();

        Assert.True(taggable.Count >= 9, $"only {taggable.Count} taggable resources found");
        Assert.All(taggable, resource =>
        {
            var tags = resource.TagsText;
            if (resource.Module is null)
            {
                Assert.Contains(MainTags, tags, StringComparison.Ordinal);
                return;
            }

            Assert.True(tags.Contains("parameters('tags')", StringComparison.Ordinal), $"{resource.Type} has tags {tags}");
            Assert.Equal(MainTags, (string?)resource.Module["properties"]?["parameters"]?["tags"]?["value"]);
        });
    }

    [Fact]
    public void FunctionApp_Tags_NameTheAzdServiceApi()
    {
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"));

        Assert.Contains("createObject('azd-service-name', 'api')", site.TagsText, StringComparison.Ordinal);
    }
}
