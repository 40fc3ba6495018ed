namespace BcfWorkflow.Infra.Tests.Support;

[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "compiled infra/main.bicep";
}
