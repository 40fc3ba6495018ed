namespace BcfWorkflow.Demo;

/// <summary>Shows the demo's progress while <c>script</c> runs: a live table on a terminal, plain lines otherwise.</summary>
internal interface IDemoView
{
    Task RunAsync(DemoBoard board, Func<Task> script);
}
