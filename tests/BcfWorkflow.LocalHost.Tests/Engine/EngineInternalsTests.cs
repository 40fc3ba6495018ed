using BcfWorkflow.LocalHost.Engine;
using DurableTask.Core.History;
using Google.Protobuf.Collections;
using Microsoft.DurableTask.Testing.Sidecar.Dispatcher;

namespace BcfWorkflow.LocalHost.Tests.Engine;

/// <summary>The canary for the SDK internals the local engine relies on (docs/design/local-engine.md): it fails, naming
/// the type, member and expected shape, when an upgrade of Microsoft.DurableTask.* or DurableTask.AzureStorage moves
/// them. The engine runs the same check when it starts.</summary>
public sealed class EngineInternalsTests
{
    [Fact]
    public void FindChanges_InstalledSdk_NothingMoved()
    {
        var changes = EngineInternals.FindChanges();

        Assert.True(changes.Count == 0, EngineInternals.Describe(changes));
    }

    [Fact]
    public void PlainCopy_SidecarsEvent_PlainEventWithEveryProperty()
    {
        var derived = new GrpcSubOrchestrationInstanceCreatedEvent(7)
        {
            Name = "Child", Version = "2", InstanceId = "parent:child", Input = "\"in\"", ClientSpanId = "span",
            Tags = new Dictionary<string, string> { ["a"] = "b" }, IsPlayed = true, Timestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };

        var plain = EngineInternals.PlainCopy(derived);

        Assert.Equal(typeof(SubOrchestrationInstanceCreatedEvent), plain.GetType());
        Assert.All(EngineInternals.SubOrchestrationCreatedProperties.Keys, name =>
            Assert.Equal(typeof(SubOrchestrationInstanceCreatedEvent).GetProperty(name)!.GetValue(derived),
                typeof(SubOrchestrationInstanceCreatedEvent).GetProperty(name)!.GetValue(plain)));
    }

    public static TheoryData<HistoryEvent> TaggedEvents() =>
    [
        new ExecutionStartedEvent(-1, "input"),
        new SubOrchestrationInstanceCreatedEvent(3),
        new TaskScheduledEvent(4),
    ];

    [Theory]
    [MemberData(nameof(TaggedEvents))]
    public void ReplaceMapTags_ProtobufMapField_BecomesADictionaryOfTheSameTags(HistoryEvent e)
    {
        var tags = e.GetType().GetProperty("Tags")!;
        tags.SetValue(e, new MapField<string, string> { ["area"] = "testshire" });

        EngineInternals.ReplaceMapTags(e);

        var replaced = Assert.IsType<Dictionary<string, string>>(tags.GetValue(e));
        Assert.Equal(new Dictionary<string, string> { ["area"] = "testshire" }, replaced);
    }

    [Fact]
    public void PropertyChanges_AddedMissingAndRetyped_NamesEachWithTheExpectedType()
    {
        var expected = new Dictionary<string, Type> { ["Kept"] = typeof(int), ["Retyped"] = typeof(int), ["Gone"] = typeof(string) };

        var changes = EngineInternals.PropertyChanges(typeof(MovedEvent), expected, inherited: false, "the copy").ToList();

        Assert.Equal(3, changes.Count);
        Assert.Contains(changes, c => c.StartsWith($"{typeof(MovedEvent).FullName}.Retyped: expected type Int32, found String", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith($"{typeof(MovedEvent).FullName}.Gone: expected a property of type String, found none", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith($"{typeof(MovedEvent).FullName}.Added: a new property (IDictionary<String, String>)", StringComparison.Ordinal));
    }

    [Fact]
    public void UnforwardedMembers_DefaultInterfaceMember_NamesItsSignature()
    {
        var changes = EngineInternals.UnforwardedMembers(typeof(IGrownService), typeof(OldWrapper)).ToList();

        var change = Assert.Single(changes);
        Assert.StartsWith($"{typeof(IGrownService).FullName}.Added(String, TimeSpan) : Task<Int32>: a member with a default implementation that OldWrapper does not forward", change);
    }

    [Fact]
    public void ConstructorChanges_NewDependency_NamesItAndWhereToRegisterIt()
    {
        var changes = EngineInternals.ConstructorChanges(typeof(GrownServer), [typeof(ILoggerFactoryStandIn)]).ToList();

        var change = Assert.Single(changes);
        Assert.Contains("GrownServer(ILoggerFactoryStandIn, TimeProvider): expected only (ILoggerFactoryStandIn); register TimeProvider in DurableEngine", change);
    }

    [Fact]
    public void Describe_NamesTheVersionsWrittenAgainstAndInstalled()
    {
        var message = EngineInternals.Describe(["X.Y: changed."]);

        Assert.Contains("written against DurableTask.Core 3.11.2, DurableTask.AzureStorage 2.11.2, Microsoft.DurableTask.InProcessTestHost 0.2.3-preview.1", message);
        Assert.Contains("installed DurableTask.Core 3.11.2, DurableTask.AzureStorage 2.11.2, Microsoft.DurableTask.InProcessTestHost 0.2.3-preview.1", message);
        Assert.Contains("docs/design/local-engine.md", message);
        Assert.EndsWith("X.Y: changed.", message);
    }

    public sealed class MovedEvent
    {
        public int Kept { get; set; }
        public string Retyped { get; set; } = "";
        public IDictionary<string, string>? Added { get; set; }
    }

    public interface IGrownService
    {
        void Old();
        Task<int> Added(string name, TimeSpan wait) => Task.FromResult(0);
    }

    public sealed class OldWrapper : IGrownService
    {
        public void Old()
        {
        }
    }

    public interface ILoggerFactoryStandIn;

    public sealed class GrownServer(ILoggerFactoryStandIn loggers, TimeProvider clock)
    {
        public override string ToString() => $"{loggers}{clock}";
    }
}
