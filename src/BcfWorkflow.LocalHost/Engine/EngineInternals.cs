using System.Reflection;
using System.Runtime.Serialization;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask.Testing.Sidecar.Dispatcher;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Everything the local engine assumes about the Durable Task SDK beyond its documented contract, in one place
/// (docs/design/local-engine.md). Each member names what it reaches and why. <see cref="EnsureUnchanged"/> runs when the
/// engine starts and the canary test (EngineInternalsTests) runs <see cref="FindChanges"/>: either names what moved when an
/// upgrade breaks an assumption, rather than letting the engine lose data quietly.</summary>
public static class EngineInternals
{
    public const string WrittenAgainst =
        "DurableTask.Core 3.11.2, DurableTask.AzureStorage 2.11.2, Microsoft.DurableTask.InProcessTestHost 0.2.3-preview.1";

    /// <summary>Every public property of <see cref="SubOrchestrationInstanceCreatedEvent"/> (its own and
    /// <see cref="HistoryEvent"/>'s): <see cref="PlainCopy"/> carries each (EventId through the constructor; EventType is
    /// fixed by the type). One added would be lost by the copy.</summary>
    internal static readonly IReadOnlyDictionary<string, Type> SubOrchestrationCreatedProperties = new Dictionary<string, Type>
    {
        [nameof(HistoryEvent.EventId)] = typeof(int),
        [nameof(HistoryEvent.EventType)] = typeof(EventType),
        [nameof(HistoryEvent.IsPlayed)] = typeof(bool),
        [nameof(HistoryEvent.Timestamp)] = typeof(DateTime),
        [nameof(HistoryEvent.ExtensionData)] = typeof(ExtensionDataObject),
        [nameof(SubOrchestrationInstanceCreatedEvent.Name)] = typeof(string),
        [nameof(SubOrchestrationInstanceCreatedEvent.Version)] = typeof(string),
        [nameof(SubOrchestrationInstanceCreatedEvent.InstanceId)] = typeof(string),
        [nameof(SubOrchestrationInstanceCreatedEvent.Input)] = typeof(string),
        [nameof(SubOrchestrationInstanceCreatedEvent.ClientSpanId)] = typeof(string),
        [nameof(SubOrchestrationInstanceCreatedEvent.Tags)] = typeof(IDictionary<string, string>),
    };

    /// <summary>What the sidecar's subclass adds (dropped by <see cref="PlainCopy"/>: the backend cannot store it, and the
    /// engine loses only the link between the parent's and the child's traces).</summary>
    internal static readonly IReadOnlyDictionary<string, Type> SidecarSubOrchestrationAdditions = new Dictionary<string, Type>
    {
        [nameof(GrpcSubOrchestrationInstanceCreatedEvent.ParentTraceContext)] = typeof(DurableTask.Core.Tracing.DistributedTraceContext),
    };

    /// <summary>The history events with a <c>Tags</c> map, which the sidecar may fill with a protobuf <c>MapField</c>
    /// (<see cref="ReplaceMapTags"/>). One added would keep its <c>MapField</c>.</summary>
    internal static readonly IReadOnlyList<Type> TaggedEvents =
        [typeof(ExecutionStartedEvent), typeof(SubOrchestrationInstanceCreatedEvent), typeof(TaskScheduledEvent)];

    /// <summary><see cref="TaskHubGrpcServer"/>'s constructor parameters: <see cref="DurableEngine"/> registers the
    /// services and the web host the rest. Another would fail only when the first worker connects.</summary>
    internal static readonly IReadOnlyList<Type> SidecarDependencies =
        [typeof(IHostApplicationLifetime), typeof(ILoggerFactory), typeof(IOrchestrationService), typeof(IOrchestrationServiceClient), typeof(IOptions<TaskHubGrpcServerOptions>)];

    static readonly Lazy<IReadOnlyList<string>> Changes = new(FindChanges);

    /// <summary>The same event as a plain <see cref="SubOrchestrationInstanceCreatedEvent"/>: the sidecar records a
    /// sub-orchestration start as its <see cref="GrpcSubOrchestrationInstanceCreatedEvent"/>, which the Azure Storage
    /// backend writes as a history row without columns (after which the parent's history no longer loads).</summary>
    public static SubOrchestrationInstanceCreatedEvent PlainCopy(SubOrchestrationInstanceCreatedEvent derived) => new(derived.EventId)
    {
        IsPlayed = derived.IsPlayed,
        Timestamp = derived.Timestamp,
        ExtensionData = derived.ExtensionData,
        Name = derived.Name,
        Version = derived.Version,
        InstanceId = derived.InstanceId,
        Input = derived.Input,
        ClientSpanId = derived.ClientSpanId,
        Tags = derived.Tags,
    };

    /// <summary>Replaces a <c>Tags</c> map that is not a <see cref="Dictionary{TKey,TValue}"/> with a copy: the sidecar
    /// puts a protobuf <c>MapField</c> there, whose type name the backend writes into the queue message and then refuses
    /// to load.</summary>
    public static void ReplaceMapTags(HistoryEvent e)
    {
        switch (e)
        {
            case ExecutionStartedEvent { Tags: { } tags and not Dictionary<string, string> } started:
                started.Tags = new Dictionary<string, string>(tags);
                break;
            case SubOrchestrationInstanceCreatedEvent { Tags: { } tags and not Dictionary<string, string> } created:
                created.Tags = new Dictionary<string, string>(tags);
                break;
            case TaskScheduledEvent { Tags: { } tags and not Dictionary<string, string> } scheduled:
                scheduled.Tags = new Dictionary<string, string>(tags);
                break;
        }
    }

    /// <summary>Throws, naming every change, when the installed SDK no longer has the shape this class was written
    /// against; checked once per process.</summary>
    public static void EnsureUnchanged()
    {
        if (Changes.Value.Count > 0)
        {
            throw new InvalidOperationException(Describe(Changes.Value));
        }
    }

    /// <summary>What moved in the installed SDK, one line each (type, member, expected and found); empty when nothing did.</summary>
    public static IReadOnlyList<string> FindChanges() =>
    [
        .. PropertyChanges(typeof(SubOrchestrationInstanceCreatedEvent), SubOrchestrationCreatedProperties, inherited: true,
            $"{nameof(EngineInternals)}.{nameof(PlainCopy)} copies exactly these"),
        .. PropertyChanges(typeof(GrpcSubOrchestrationInstanceCreatedEvent), SidecarSubOrchestrationAdditions, inherited: false,
            $"{nameof(EngineInternals)}.{nameof(PlainCopy)} drops these knowingly"),
        .. TaggedEventChanges(typeof(HistoryEvent).Assembly),
        .. UnforwardedMembers(typeof(IOrchestrationService), typeof(DelegatingOrchestrationService)),
        .. ConstructorChanges(typeof(TaskHubGrpcServer), SidecarDependencies),
    ];

    public static string Describe(IReadOnlyList<string> changes) =>
        $"The Durable Task SDK changed under the local engine (written against {WrittenAgainst}; installed {InstalledVersions()}). "
        + $"See docs/design/local-engine.md, 'Upgrading'.{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", changes);

    public static string InstalledVersions() => string.Join(", ",
        new[] { typeof(HistoryEvent), typeof(AzureStorageOrchestrationService), typeof(TaskHubGrpcServer) }.Select(t =>
            $"{t.Assembly.GetName().Name} {t.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]}"));

    internal static IEnumerable<string> PropertyChanges(Type type, IReadOnlyDictionary<string, Type> expected, bool inherited, string why)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (inherited ? 0 : BindingFlags.DeclaredOnly);
        var found = type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0)
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().PropertyType);
        foreach (var (name, expectedType) in expected)
        {
            if (!found.TryGetValue(name, out var foundType))
            {
                yield return $"{type.FullName}.{name}: expected a property of type {TypeName(expectedType)}, found none ({why}).";
            }
            else if (foundType != expectedType)
            {
                yield return $"{type.FullName}.{name}: expected type {TypeName(expectedType)}, found {TypeName(foundType)} ({why}).";
            }
        }
        foreach (var (name, foundType) in found.Where(p => !expected.ContainsKey(p.Key)))
        {
            yield return $"{type.FullName}.{name}: a new property ({TypeName(foundType)}) that {why}; add it or say why it may go.";
        }
    }

    internal static IEnumerable<string> TaggedEventChanges(Assembly core)
    {
        var tagged = core.GetExportedTypes().Where(t => typeof(HistoryEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Type: t, Tags: t.GetProperty("Tags", BindingFlags.Public | BindingFlags.Instance)))
            .Where(t => t.Tags is not null).ToList();
        foreach (var (type, tags) in tagged)
        {
            if (!TaggedEvents.Contains(type))
            {
                yield return $"{type.FullName}.Tags: a new history event with tags, which {nameof(EngineInternals)}.{nameof(ReplaceMapTags)} does not copy.";
            }
            else if (tags!.PropertyType != typeof(IDictionary<string, string>) || tags.GetSetMethod() is null)
            {
                yield return $"{type.FullName}.Tags: expected a settable IDictionary<String, String>, found {TypeName(tags.PropertyType)}"
                    + $"{(tags.GetSetMethod() is null ? " without a public setter" : "")} ({nameof(EngineInternals)}.{nameof(ReplaceMapTags)}).";
            }
        }
        foreach (var type in TaggedEvents.Where(t => tagged.All(found => found.Type != t)))
        {
            yield return $"{type.FullName}.Tags: expected an IDictionary<String, String>, found none ({nameof(EngineInternals)}.{nameof(ReplaceMapTags)}).";
        }
    }

    /// <summary>Members of the interface (a default implementation added in an upgrade) that the wrapper does not forward
    /// to the backend it wraps.</summary>
    internal static IEnumerable<string> UnforwardedMembers(Type contract, Type wrapper)
    {
        var map = wrapper.GetInterfaceMap(contract);
        for (var i = 0; i < map.InterfaceMethods.Length; i++)
        {
            if (map.TargetMethods[i].DeclaringType == contract)
            {
                yield return $"{contract.FullName}.{Signature(map.InterfaceMethods[i])}: a member with a default implementation that "
                    + $"{wrapper.Name} does not forward to the backend; forward it.";
            }
        }
    }

    internal static IEnumerable<string> ConstructorChanges(Type type, IReadOnlyList<Type> registered)
    {
        foreach (var constructor in type.GetConstructors())
        {
            foreach (var parameter in constructor.GetParameters().Where(p => !registered.Contains(p.ParameterType)))
            {
                yield return $"{type.FullName}({string.Join(", ", constructor.GetParameters().Select(p => TypeName(p.ParameterType)))}): "
                    + $"expected only ({string.Join(", ", registered.Select(TypeName))}); register {TypeName(parameter.ParameterType)} in {nameof(DurableEngine)}.";
            }
        }
    }

    static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))}) : {TypeName(method.ReturnType)}";

    static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
