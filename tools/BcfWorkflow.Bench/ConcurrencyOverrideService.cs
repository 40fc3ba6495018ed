using BcfWorkflow.LocalHost.Engine;
using DurableTask.Core;

namespace BcfWorkflow.Bench;

/// <summary>An orchestration service with its work-item concurrency raised: the in-memory service of the in-process host
/// takes <see cref="Environment.ProcessorCount"/> work items at once and its dispatcher then sleeps 500 ms, which
/// serialises a national run on 2 cores (the tests use DOTNET_PROCESSOR_COUNT=32 for the same reason).</summary>
internal sealed class ConcurrencyOverrideService(IOrchestrationService inner, int maxConcurrentWorkItems) : DelegatingOrchestrationService(inner)
{
    public override int MaxConcurrentTaskOrchestrationWorkItems => maxConcurrentWorkItems;
    public override int MaxConcurrentTaskActivityWorkItems => maxConcurrentWorkItems;
}
