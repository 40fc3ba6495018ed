using System.Globalization;
using System.Net;
using System.Text.Json;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Security.Tests.Uploads;

/// <summary><c>POST /api/plans</c> with a workbook (the scheme table and a "Plan details" sheet) on the real handlers.</summary>
public sealed class PlanWorkbookUploadTests : IAsyncLifetime
{
    private const string Area = "Importshire";
    private ApiStack stack = null!;

    public async Task InitializeAsync() => stack = await ApiStack.StartAsync();

    public async Task DisposeAsync() => await stack.DisposeAsync();

    private static readonly string[][] Schemes =
    [
        ["Importshire BCF plan 2024-25"],
        ["Scheme ID", "Scheme Name", "Area of Spend", "Commissioner", "% NHS", "% LA", "Source of Funding", "Previously entered expenditure for the year (£)"],
        ["39", "Blaby DFG", "Social Care", "LA", "", "", "DFG", "600000"],
        ["50", "Reablement", "Social Care", "Joint", "0.6", "0.4", "iBCF", "£2,000,000"],
    ];

    private static string[][] Details(string blabySchemes) =>
    [
        ["Health and Wellbeing Board", Area],
        ["Financial year", "2024-25"],
        ["BCF lead name", "BCF Lead"],
        ["BCF lead email", "bcf.lead@importshire.example.gov.uk"],
        ["Minimum NHS commissioned out-of-hospital spend (£)", "0"],
        ["Minimum Adult Social Care spend (£)", "0"],
        ["Income: DFG", "600000"],
        ["Income: iBCF", "2000000"],
        ["Contributor ID", "Name", "Email", "Scheme IDs"],
        ["blaby", "Blaby District Council", "dfg@blaby.example.gov.uk", blabySchemes],
        ["county", "Importshire County Council", "bcf@county.example.gov.uk", "50"],
    ];

    private Task<HttpResponseMessage> PostAsync(byte[] workbook)
    {
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Headers.ContentDisposition = new("attachment") { FileName = "importshire.xlsx" };
        return stack.SendAsync(HttpMethod.Post, "/api/plans", Keys.Lead, content);
    }

    [Fact]
    public async Task PostPlan_WorkbookWithPlanDetailsSheet_Is201AndStoresThePlan()
    {
        using var response = await PostAsync(Workbook(Details("39")));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var plan = await stack.Ports.Plans.GetAsync(Area, "2024-25");
        Assert.NotNull(plan);
        Assert.Equal(["blaby", "county"], plan.Contributors.Select(c => c.Id));
        Assert.Equal((2_000_000m, (decimal?)60m), (plan.FindScheme("50")!.PlannedExpenditure, plan.FindScheme("50")!.PctNhs));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, body.RootElement.GetProperty("schemes").GetInt32());
    }

    [Fact]
    public async Task PostPlan_WorkbookWithProblems_Is400WithRowAndColumnAndStoresNothing()
    {
        using var response = await PostAsync(Workbook(Details("40")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("file").GetString()}:{e.GetProperty("row")}:{e.GetProperty("column").GetString()}:{e.GetProperty("code").GetString()}")
            .ToList();
        Assert.Equal(["importshire.xlsx:3:Scheme ID:unowned-scheme", "importshire.xlsx:10:Scheme IDs:unknown-scheme"], errors);
        Assert.Null(await stack.Ports.Plans.GetAsync(Area, "2024-25"));
    }

    [Fact]
    public async Task PostPlan_PlanJsonWithByteOrderMarkAndSpaces_IsStillReadAsJson()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. "\r\n  "u8, .. TestPlanJson.Create("2025-26")];

        using var response = await stack.SendAsync(HttpMethod.Post, "/api/plans", Keys.Lead, new ByteArrayContent(json));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.NotNull(await stack.Ports.Plans.GetAsync(TestPlan.Area, "2025-26"));
    }

    [Fact]
    public async Task PostPlan_CsvSchemeTableAlone_Is400SayingThePlanDetailsAreMissing()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Schemes.Skip(1).Select(r => string.Join(",", r.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)))));

        using var response = await stack.SendAsync(HttpMethod.Post, "/api/plans", Keys.Lead, new ByteArrayContent(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Plan details", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/static/plan-import/schemes.csv", "Scheme ID,Scheme Name")]
    [InlineData("/static/plan-import/plan-details.csv", "Contributor ID,Name,Email,Scheme IDs")]
    public void PlanTemplate_LinkedFromTheLeadsPage_IsServed(string path, string content)
    {
        var asset = Api.Web.WebAssets.Find(path);

        Assert.NotNull(asset);
        Assert.Equal("text/csv; charset=utf-8", asset.ContentType);
        Assert.Contains(content, System.Text.Encoding.UTF8.GetString(asset.Content.Span), StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}\"", System.Text.Encoding.UTF8.GetString(Api.Web.WebAssets.Find("/lead")!.Content.Span), StringComparison.Ordinal);
    }

    /// <summary>A workbook with the scheme table on "Schemes" and the details on "Plan details"; plain numbers as numeric cells.</summary>
    private static byte[] Workbook(string[][] details)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = new Sheets();
            foreach (var (name, rows, id) in new[] { ("Schemes", Schemes, 1u), ("Plan details", details, 2u) })
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
            }
            workbook.Workbook.AppendChild(sheets);
        }
        return stream.ToArray();
    }

    private static Cell Cell(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
