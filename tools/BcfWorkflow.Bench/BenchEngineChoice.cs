namespace BcfWorkflow.Bench;

/// <summary>Which engines <c>bcf bench</c> runs the quarter on.</summary>
public enum BenchEngineChoice
{
    Both,
    InProcess,
    AzureStorage,
}
