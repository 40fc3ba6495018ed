using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>Sends nothing; counts the emails (one SendEmail activity each), so a run can check that no reminder fired.</summary>
public sealed class CountingEmailSender : IEmailSender
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return Task.CompletedTask;
    }
}
