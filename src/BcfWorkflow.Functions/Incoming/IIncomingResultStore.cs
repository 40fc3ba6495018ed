namespace BcfWorkflow.Functions.Incoming;

/// <summary>Keeps the outcome of each dropped file where the contributor dropped it.</summary>
public interface IIncomingResultStore
{
    Task WriteAsync(IncomingDrop drop, IncomingReturnResult result, CancellationToken cancellationToken = default);
}
