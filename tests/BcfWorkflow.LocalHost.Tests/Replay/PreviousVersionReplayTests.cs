using System.Runtime.CompilerServices;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Testing;
using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BcfWorkflow.LocalHost.Tests.Replay;

/// <summary>Histories stored by the previous orchestrator version, replayed through today's code: a deployment must not
/// break the cycles already running (docs/design/versioning.md).</summary>
/// <remarks>The fixtures are the Azure Storage backend's histories of a cycle run on the local engine, and of blaby's own
/// workflow in it: <c>tests/fixtures/histories/v2</c> by orchestration version 2 (commit d86645f: every return in, blaby
/// sent back and resubmitted, a second round approved); <c>v3</c> by version 3 (commit d543fb8: two of nine returns in,
/// collection closed early, blaby sent back and resubmitted, collection closed again, a second round approved). Replay runs on DurableTask.Core's executor, which
/// fails the orchestration when the code schedules anything other than what the history holds.</remarks>
public sealed class PreviousVersionReplayTests
{
    static string Fixture(string name, int version = 2) => Path.Combine(RepositoryRoot.Find(), "tests", "fixtures", "histories", $"v{version}", name);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Replay_PreviousVersionCycleHistory_CompletesUnderTodaysCode(int version)
    {
        var result = Replay<QuarterlyCycleOrchestrator>(Fixture("cycle.json", version));

        var completed = Assert.Single(result.Actions.OfType<OrchestrationCompleteOrchestratorAction>());
        Assert.True(completed.OrchestrationStatus == OrchestrationStatus.Completed, completed.FailureDetails?.ToString() ?? completed.Result);
        Assert.Contains("\"SignOffRounds\":2", completed.Result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Replay_PreviousVersionContributorHistory_CompletesUnderTodaysCode(int version)
    {
        var result = Replay<ContributorOrchestrator>(Fixture("contributor.json", version));

        var completed = Assert.Single(result.Actions.OfType<OrchestrationCompleteOrchestratorAction>());
        Assert.True(completed.OrchestrationStatus == OrchestrationStatus.Completed, completed.FailureDetails?.ToString() ?? completed.Result);
    }

    [Fact]
    public void Replay_Version2HistoryStampedAsVersion3_IsCaughtAsNonDeterministic()
    {
        // The check can fail: the same history read as if started by version 3 meets the new store checks, which it
        // does not hold, and the executor fails the orchestration.
        var result = Replay<QuarterlyCycleOrchestrator>(Fixture("cycle.json"), input => input.Replace("\"OrchestrationVersion\":2", "\"OrchestrationVersion\":3", StringComparison.Ordinal));

        var completed = Assert.Single(result.Actions.OfType<OrchestrationCompleteOrchestratorAction>());
        Assert.Equal(OrchestrationStatus.Failed, completed.OrchestrationStatus);
        Assert.Contains("NonDeterministic", completed.FailureDetails?.ErrorType, StringComparison.Ordinal);
    }

    /// <summary>Runs the history, minus its final completion, through the orchestrator as the worker would.</summary>
    static OrchestratorExecutionResult Replay<TOrchestrator>(string path, Func<string, string>? editInput = null)
        where TOrchestrator : ITaskOrchestrator, new()
    {
        var events = ReadHistory(path).Where(e => e is not ExecutionCompletedEvent).ToList();
        if (editInput is not null && events.OfType<ExecutionStartedEvent>().Single() is { } started)
        {
            started.Input = editInput(started.Input);
        }
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        var orchestration = shims.CreateOrchestration(new TaskName(typeof(TOrchestrator).Name), new TOrchestrator());
        var executor = new TaskOrchestrationExecutor(new OrchestrationRuntimeState(events), orchestration,
            BehaviorOnContinueAsNew.Carryover, ErrorPropagationMode.UseFailureDetails);
        return executor.Execute();
    }

    /// <summary>The backend's JSON names each event's kind by <c>EventType</c>, not by .NET type.</summary>
    static List<HistoryEvent> ReadHistory(string path)
    {
        var types = typeof(HistoryEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(HistoryEvent)) && !t.IsAbstract)
            .ToDictionary(t => ((HistoryEvent)RuntimeHelpers.GetUninitializedObject(t)).EventType);
        return [.. JArray.Parse(File.ReadAllText(path)).Cast<JObject>()
            .Select(e => (HistoryEvent)e.ToObject(types[(EventType)e.Value<int>("EventType")])!)];
    }
}
