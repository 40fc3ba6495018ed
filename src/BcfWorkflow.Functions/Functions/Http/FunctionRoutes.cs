namespace BcfWorkflow.Functions.Http;

/// <summary><see cref="Api.Endpoints.ApiRoutes"/> and <see cref="Api.Endpoints.WebApiRoutes"/> without the "api/" that host.json's route prefix adds (attribute
/// arguments must be constants; a test checks the two agree).</summary>
public static class FunctionRoutes
{
    public const string Plans = "plans";
    public const string Cycles = "cycles";
    public const string Cycle = "cycles/{cycleId}";
    public const string Return = "cycles/{cycleId}/returns/{contributorId}";
    public const string Decision = "cycles/{cycleId}/decision";
    public const string Close = "cycles/{cycleId}/close";
    public const string Template = "cycles/{cycleId}/template.{format}";
    public const string Audit = "cycles/{cycleId}/audit";
    public const string Health = "health";
    public const string Me = "me";
    public const string PrefilledReturn = "cycles/{cycleId}/returns/{contributorId}/prefilled.{format}";
    public const string Summary = "cycles/{cycleId}/summary";
}
