namespace BcfWorkflow.Api.Endpoints;

/// <summary>The routes the web pages need beyond docs/interfaces.md (both hosts serve them).</summary>
public static class WebApiRoutes
{
    /// <summary>GET: who the caller is.</summary>
    public const string Me = "api/me";

    /// <summary>GET: the cycles the caller takes part in (the same path as POST <see cref="ApiRoutes.Cycles"/>).</summary>
    public const string Cycles = ApiRoutes.Cycles;

    /// <summary>GET: a contributor's return pre-filled from the plan, as prefilled.csv or prefilled.xlsx.</summary>
    public const string PrefilledReturn = "api/cycles/{cycleId}/returns/{contributorId}/prefilled.{format}";

    /// <summary>GET (lead, or that contributor): a contributor's figures scheme by scheme from its latest version, with
    /// the changes since the version before it and since last quarter, its comments and warnings.</summary>
    public const string ReturnFigures = "api/cycles/{cycleId}/returns/{contributorId}/figures";

    /// <summary>POST (lead): "Remind now": a reminder email to the contributor at once.</summary>
    public const string ReturnRemind = "api/cycles/{cycleId}/returns/{contributorId}/remind";

    /// <summary>POST (that contributor): a file read as an upload would be, figures and warnings, stored nowhere.</summary>
    public const string ReturnCheck = "api/cycles/{cycleId}/returns/{contributorId}/check";

    /// <summary>GET (lead): the area summary aggregated now from the latest stored versions.</summary>
    public const string Summary = "api/cycles/{cycleId}/summary";

    /// <summary>GET (lead): the dates offered when opening a cycle, for <c>?year=&amp;quarter=</c> or the next quarter.</summary>
    public const string Timetable = "api/timetable";
}
