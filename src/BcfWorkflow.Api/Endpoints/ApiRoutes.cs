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
    /// <summary>GET/PUT (lead): the lead's parts of the return: the cover, national conditions and metrics.</summary>
    public const string LeadAnswers = "api/cycles/{cycleId}/lead-answers";

    /// <summary>PUT (lead): NHS England's blank reporting workbook for the quarter, filled in on approval.</summary>
    public const string ReportingWorkbook = "api/cycles/{cycleId}/reporting-workbook";

    public const string Audit = "api/cycles/{cycleId}/audit";
    public const string Health = "api/health";

    public static string CycleLocation(string cycleId) => $"/api/cycles/{Uri.EscapeDataString(cycleId)}";
}
