namespace BcfWorkflow.Domain.Returns.Parsing;

internal enum AmountOutcome
{
    Ok,
    Blank,
    NotAnAmount,
    Negative,
}
