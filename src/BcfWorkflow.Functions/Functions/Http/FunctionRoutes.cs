using BcfWorkflow.Api.Endpoints;

namespace BcfWorkflow.Functions.Http;

/// <summary>The function routes. host.json sets no route prefix, so these are the full paths and the API's are the local host's
/// own constants; the web pages live at the same paths as on the local host.</summary>
public static class FunctionRoutes
{
    public const string Plans = ApiRoutes.Plans;
    public const string Cycles = ApiRoutes.Cycles;
    public const string Cycle = ApiRoutes.Cycle;
    public const string Return = ApiRoutes.Return;
    public const string Decision = ApiRoutes.Decision;
    public const string Close = ApiRoutes.Close;
    public const string Template = ApiRoutes.Template;
    public const string Audit = ApiRoutes.Audit;
    public const string LeadAnswers = ApiRoutes.LeadAnswers;
    public const string ReportingWorkbook = ApiRoutes.ReportingWorkbook;
    public const string Health = ApiRoutes.Health;
    public const string Me = WebApiRoutes.Me;
    public const string PrefilledReturn = WebApiRoutes.PrefilledReturn;
    public const string Summary = WebApiRoutes.Summary;
    public const string ReturnFigures = WebApiRoutes.ReturnFigures;
    public const string Timetable = WebApiRoutes.Timetable;
    public const string ReturnCheck = WebApiRoutes.ReturnCheck;
    public const string ReturnRemind = WebApiRoutes.ReturnRemind;

    /// <summary>"/" only: an empty route would default to the function's name, so an optional parameter that must stay empty.</summary>
    public const string HomePage = "{ignored:maxlength(0)?}";
    public const string ContributorPage = "contributor";
    public const string LeadPage = "lead";
    public const string StaticFile = "static/{*file}";
}
