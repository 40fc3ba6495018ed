using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The <c>Api</c> configuration section, plus the cycle schedule the host uses (days in production, seconds in the demo).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The largest return file accepted (413 beyond it).</summary>
    public long MaxUploadBytes { get; set; } = UploadReader.DefaultLimitBytes;

    /// <summary>The largest plan.json accepted.</summary>
    public long MaxPlanBytes { get; set; } = 2 * 1024 * 1024;

    public CycleScheduleOptions Schedule { get; set; } = CycleScheduleOptions.Default;
}
