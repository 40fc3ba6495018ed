namespace BcfWorkflow.LocalHost.Engine;

/// <summary>The local durable engine (configuration section <c>DurableEngine</c>).</summary>
public sealed record DurableEngineOptions
{
    /// <summary>One task hub per environment, e.g. <c>bcflocal</c>, <c>bcfdemo</c>; 3 to 45 letters and digits.</summary>
    public string TaskHubName { get; init; } = "bcflocal";

    /// <summary>Control-queue partitions. One process owns the local task hub, so more partitions only add queues to
    /// poll: one partition measured 1.7x the submissions per second of four on Azurite (docs/performance.md). A task
    /// hub keeps the count it was created with.</summary>
    public int PartitionCount { get; init; } = 1;

    /// <summary>The sidecar's gRPC port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>How long idle queues wait between polls at most: the latency of an event after a quiet spell.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a partition lease outlives a killed host; a restarted host waits up to this before it resumes.</summary>
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a dequeued message stays hidden before another worker may take it again. The backend's default
    /// is 5 minutes, made for many hosts sharing a hub; here one host owns it, and a message it took but never
    /// finished (the host killed, or a partition lease lapsing on a busy machine) made a stored return invisible to
    /// the cycle for those 5 minutes. A message taken twice is recognised as a duplicate by the backend.</summary>
    public TimeSpan QueueVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Raise <see cref="DurableEngine.OrchestrationFinished"/> (the benchmark waits on it); off for the servers.</summary>
    public bool NotifyFinishedOrchestrations { get; init; }
}
