namespace BcfWorkflow.Web.Tests.Support;

/// <summary>One stack and one browser for every browser test (starting them takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebStack>
{
    public const string Name = "web";
}
