namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>The retry policy every activity call uses: transient failures (storage, email provider) are retried with
/// backoff, a bounded number of times, then the orchestration sees the failure.</summary>
public static class ActivityRetry
{
    public static TaskOptions Options { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1)));
}
