using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Appends entries to the cycle's audit log; idempotent because the log ignores an id it already holds.</summary>
public sealed class AppendAudit(IAuditLog audit) : TaskActivity<AuditBatch, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, AuditBatch input)
    {
        foreach (var entry in input.Entries)
        {
            await audit.AppendAsync(input.CycleId, entry);
        }
        return input.Entries.Count;
    }
}
