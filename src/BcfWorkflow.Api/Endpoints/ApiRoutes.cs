namespace BcfWorkflow.Api.Endpoints;

/// <summary>The routes of docs/interfaces.md (and the additions), shared by the local host and the Functions app.</summary>
public static class ApiRoutes
{
    public const string Plans = "api/plans";
    public const string Cycles = "api/cycles";
    public const string Cycle = "api/cycles/{cycleId}";
    public const string Return = "api/cycles/{cycleId}/returns/{contributorId}";
    public const string Decision = "api/cycles/{cycleId}/decision";
    public const string Close = "api/cycles/{cycleId}/close";
    public const string Template = "api/cycles/{cycleId}/template.{format}";
    public const string Audit = "api/cycles/{cycleId}/audit";
    public const string Health = "api/health";

    public static string CycleLocation(string cycleId) => $"/api/cycles/{Uri.EscapeDataString(cycleId)}";
}
