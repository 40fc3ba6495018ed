namespace BcfWorkflow.Bench;

/// <summary>What <c>bcf bench</c> was asked to do.</summary>
/// <param name="Partitions">Control-queue partitions of the Azure Storage backend; null keeps the engine's default.</param>
/// <param name="PollingMilliseconds">MaxQueuePollingInterval of the backend; null keeps the engine's default.</param>
/// <param name="Concurrency">Work items the worker (and the in-process dispatcher) runs at once.</param>
/// <param name="TaskHubs">Task hubs the durable engine spreads the areas over (one sidecar and worker each).</param>
public sealed record BenchSettings(
    bool Quick,
    int Areas,
    int Contributors,
    BenchEngineChoice Engine,
    int DomainIterations,
    int Parallelism,
    int Concurrency,
    int? Partitions,
    int? PollingMilliseconds,
    int TaskHubs = 1)
{
    public const int DefaultAreas = 150;
    public const int DefaultContributors = 10;
    public const int QuickAreas = 2;
    public const int QuickContributors = 3;

    public int DomainWarmup => Math.Max(5, DomainIterations / 4);

    public bool Runs(BenchEngineChoice engine) => Engine == BenchEngineChoice.Both || Engine == engine;
}
