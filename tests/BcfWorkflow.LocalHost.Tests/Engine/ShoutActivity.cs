using Microsoft.DurableTask;

namespace BcfWorkflow.LocalHost.Tests.Engine;

public sealed class ShoutActivity : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input.ToUpperInvariant());
}
