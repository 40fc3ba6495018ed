namespace BcfWorkflow.Demo;

/// <summary>The demo could not go on (the API answered unexpectedly, or the cycle did not reach a stage in time).</summary>
public sealed class DemoFailedException(string message) : Exception(message);
