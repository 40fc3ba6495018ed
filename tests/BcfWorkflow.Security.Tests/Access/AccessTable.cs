using BcfWorkflow.Security.Tests.Support;

namespace BcfWorkflow.Security.Tests.Access;

/// <summary>The role × route table (docs/reliability.md prints it). Paths use the fixture's cycles: q1 approved,
/// q2 collecting with blaby's v1, q3 collecting (closed by the lead's row), the unknown cycle "nowhere-2024-25-q2".
/// A lead-only action that passed authorisation but not the cycle's stage is 409. Contributor keys are scoped to their
/// area, so any cycle id outside it (existing or not) is 403 for them.</summary>
public static class AccessTable
{
    private const string Q1 = "testshire-2024-25-q1";
    private const string Q2 = "testshire-2024-25-q2";
    private const string Q3 = "testshire-2024-25-q3";
    private const string Unknown = "nowhere-2024-25-q2";

    //                                    lead  in-cycle other outsider anon bad
    public static IReadOnlyList<RouteCase> Cases { get; } =
    [
        new("POST plans", "POST", "/api/plans", [201, 403, 403, 403, 401, 401]),
        new("POST cycles (open Q4)", "POST", "/api/cycles", [202, 403, 403, 403, 401, 401]),
        new("GET cycles (list)", "GET", "/api/cycles", [200, 200, 200, 200, 401, 401]),
        new("GET cycle", "GET", $"/api/cycles/{Q2}", [200, 200, 200, 403, 401, 401]),
        new("GET cycle (unknown)", "GET", $"/api/cycles/{Unknown}", [404, 403, 403, 403, 401, 401]),
        new("PUT return (blaby)", "PUT", $"/api/cycles/{Q2}/returns/blaby", [403, 202, 403, 403, 401, 401]),
        new("PUT return (unknown cycle)", "PUT", $"/api/cycles/{Unknown}/returns/blaby", [403, 403, 403, 403, 401, 401]),
        new("PUT return (..%2Fblaby)", "PUT", $"/api/cycles/{Q2}/returns/..%2Fblaby", [403, 403, 403, 403, 401, 401]),
        new("PUT return (charnwood%2F..%2Fblaby)", "PUT", $"/api/cycles/{Q2}/returns/charnwood%2F..%2Fblaby", [403, 403, 403, 403, 401, 401]),
        new("PUT return (cycle ..%2Fq2)", "PUT", $"/api/cycles/..%2F{Q2}/returns/blaby", [403, 403, 403, 403, 401, 401]),
        new("GET return versions (blaby)", "GET", $"/api/cycles/{Q2}/returns/blaby", [200, 200, 403, 403, 401, 401]),
        new("GET return versions (%2E%2E%2Fblaby)", "GET", $"/api/cycles/{Q2}/returns/%2E%2E%2Fblaby", [200, 403, 403, 403, 401, 401]),
        new("POST decision (collecting)", "POST", $"/api/cycles/{Q2}/decision", [409, 403, 403, 403, 401, 401]),
        new("POST decision (unknown)", "POST", $"/api/cycles/{Unknown}/decision", [404, 403, 403, 403, 401, 401]),
        new("POST close", "POST", $"/api/cycles/{Q3}/close", [202, 403, 403, 403, 401, 401]),
        new("GET template.csv (approved)", "GET", $"/api/cycles/{Q1}/template.csv", [200, 200, 200, 403, 401, 401]),
        new("GET template.xlsx (approved)", "GET", $"/api/cycles/{Q1}/template.xlsx", [200, 200, 200, 403, 401, 401]),
        new("GET template.json (approved)", "GET", $"/api/cycles/{Q1}/template.json", [200, 200, 200, 403, 401, 401]),
        new("GET template.csv (not approved)", "GET", $"/api/cycles/{Q2}/template.csv", [404, 404, 404, 403, 401, 401]),
        new("GET audit", "GET", $"/api/cycles/{Q2}/audit", [200, 403, 403, 403, 401, 401]),
        new("GET health", "GET", "/api/health", [200, 200, 200, 200, 200, 200]),
        new("GET me", "GET", "/api/me", [200, 200, 200, 200, 401, 401]),
        new("GET prefilled.csv (blaby)", "GET", $"/api/cycles/{Q2}/returns/blaby/prefilled.csv", [200, 200, 403, 403, 401, 401]),
        new("GET prefilled.xlsx (blaby)", "GET", $"/api/cycles/{Q2}/returns/blaby/prefilled.xlsx", [200, 200, 403, 403, 401, 401]),
        new("GET summary", "GET", $"/api/cycles/{Q2}/summary", [200, 403, 403, 403, 401, 401]),
        new("GET figures (blaby)", "GET", $"/api/cycles/{Q2}/returns/blaby/figures", [200, 200, 403, 403, 401, 401]),
        new("GET figures (unknown cycle)", "GET", $"/api/cycles/{Unknown}/returns/blaby/figures", [404, 403, 403, 403, 401, 401]),
        new("POST check (blaby)", "POST", $"/api/cycles/{Q2}/returns/blaby/check", [403, 200, 403, 403, 401, 401]),
        new("POST check (unknown cycle)", "POST", $"/api/cycles/{Unknown}/returns/blaby/check", [403, 403, 403, 403, 401, 401]),
        new("POST remind (blaby submitted)", "POST", $"/api/cycles/{Q2}/returns/blaby/remind", [409, 403, 403, 403, 401, 401]),
        new("POST remind (unknown cycle)", "POST", $"/api/cycles/{Unknown}/returns/blaby/remind", [404, 403, 403, 403, 401, 401]),
        new("GET lead-answers", "GET", $"/api/cycles/{Q2}/lead-answers", [200, 403, 403, 403, 401, 401]),
        new("GET lead-answers (unknown cycle)", "GET", $"/api/cycles/{Unknown}/lead-answers", [404, 403, 403, 403, 401, 401]),
        new("PUT lead-answers", "PUT", $"/api/cycles/{Q2}/lead-answers", [200, 403, 403, 403, 401, 401]),
        new("PUT lead-answers (approved)", "PUT", $"/api/cycles/{Q1}/lead-answers", [409, 403, 403, 403, 401, 401]),
        new("PUT reporting-workbook (not a workbook)", "PUT", $"/api/cycles/{Q2}/reporting-workbook", [400, 403, 403, 403, 401, 401]),
        new("GET template.answers.csv (approved)", "GET", $"/api/cycles/{Q1}/template.answers.csv", [200, 200, 200, 403, 401, 401]),
        new("GET template.reporting-workbook.xlsx (none attached)", "GET", $"/api/cycles/{Q1}/template.reporting-workbook.xlsx", [404, 403, 403, 403, 401, 401]),
        new("GET timetable", "GET", "/api/timetable?year=2024-25&quarter=Q3", [200, 403, 403, 403, 401, 401]),
    ];

    public static IEnumerable<object[]> Rows() =>
        from route in Cases
        from role in Enum.GetValues<Role>()
        select new object[] { route.Name, role, route.Expected[(int)role] };
}
