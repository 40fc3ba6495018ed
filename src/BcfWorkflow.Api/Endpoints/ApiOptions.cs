using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The <c>Api</c> configuration section, plus the cycle schedule the host uses (days in production, seconds in the demo).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The largest return file accepted (413 beyond it).</summary>
    public long MaxUploadBytes { get; set; } = UploadReader.DefaultLimitBytes;

    /// <summary>The largest plan accepted: plan.json, or a workbook with the scheme table and its plan details (as
    /// large as a return may be).</summary>
    public long MaxPlanBytes { get; set; } = UploadReader.DefaultLimitBytes;

    public CycleScheduleOptions Schedule { get; set; } = CycleScheduleOptions.Default;
}
