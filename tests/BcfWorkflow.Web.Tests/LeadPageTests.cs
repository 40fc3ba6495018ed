using System.IO.Compression;
using BcfWorkflow.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class LeadPageTests(WebStack stack)
{
    private static readonly TestArea Area = new("Leadshire", ["blaby", "charnwood", "melton"]);

    static LeadPageTests() => SetDefaultExpectTimeout(30_000);

    [Fact]
    public async Task LeadPage_WholeSignOff_BoardUpdatesSendBackApproveAndTemplateDownloads()
    {
        // Due in a few seconds: the board shows the contributors going late, then submitting, without a reload.
        await stack.SeedAsync(Area, TimeSpan.FromSeconds(4));
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.GotoAsync($"/lead?cycle={Area.CycleId}");

        var board = page.Locator("#board-table");
        await Expect(board.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("cycle-opened");
        await Screenshots.TakeAsync(page, "lead-board-opened");
        await Expect(Row(page, "Melton Borough Council")).ToContainTextAsync("Late");
        await Expect(Row(page, "Melton Borough Council").Locator("td").Nth(3)).Not.ToHaveTextAsync("0");

        await stack.SubmitAsync(Area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        await Expect(Row(page, "Blaby District Council")).ToContainTextAsync("Submitted");
        await Expect(page.Locator("#board-announcer")).ToContainTextAsync("Blaby District Council: Submitted");

        await stack.SubmitAsync(Area, "charnwood", TestArea.ReturnCsv("charnwood", 500000m, 60));
        await stack.SubmitAsync(Area, "melton", TestArea.ReturnCsv("melton", 100000m, 10));
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        await Expect(page.Locator("#balances-table")).ToContainTextAsync("£946,085");
        await Expect(page.Locator("#spend-chart")).ToContainTextAsync("Spent £946,085");
        await Expect(page.Locator("#cycle-select option:checked")).ToHaveTextAsync("Leadshire 2024-25 Q2 (Awaiting sign-off)");
        await Screenshots.TakeAsync(page, "lead-board");
        // The README's picture: the board, the chart and the running balances, without the long page below them.
        var boardShot = await Screenshots.TakeDownToAsync(page, "lead-board-top", page.Locator("#balances-table"));
        if (Environment.GetEnvironmentVariable("BCF_UPDATE_DOCS_IMAGES") == "1")
        {
            File.Copy(boardShot, DocsImage(), overwrite: true); // the README's picture; refreshed on request only
        }
        await AxeCheck.AssertNoSeriousViolationsAsync(page);

        // Send Charnwood back with a reason.
        await page.GetByLabel("Send returns back to contributors to correct").CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Charnwood Borough Council" }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Scheme 40: the spend looks low for the half year; please check.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Sent back to Charnwood Borough Council");
        await Expect(Row(page, "Charnwood Borough Council")).ToContainTextAsync("Sent back");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Collecting returns");

        // A decision now is refused, and the page says why.
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Not possible at this stage");
        await Expect(page.Locator("#action-result")).ToContainTextAsync("not awaiting sign-off");

        // Charnwood resubmits; the lead approves the second round.
        await stack.SubmitAsync(Area, "charnwood", TestArea.ReturnCsv("charnwood", 512345m, 61));
        await Expect(Row(page, "Charnwood Borough Council")).ToContainTextAsync("Submitted");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        await Expect(page.Locator("#balances-table")).ToContainTextAsync("£958,430");
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Approved");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download template (CSV)" }).ClickAsync());
        var csvLines = (await File.ReadAllLinesAsync((await csv.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("Scheme ID,Scheme Name,", csvLines[0]);
        Assert.Equal(4, csvLines.Count);
        // Per scheme: planned outputs, outputs to date, ..., planned spend, spend to date (Charnwood's second version).
        Assert.Matches(@"^39,Blaby District Council,.*,85,40,.*,DFG,603345,346085,$", csvLines[1]);
        Assert.Matches(@"^40,Charnwood Borough Council,.*,120,61,.*,DFG,947908,512345,$", csvLines[2]);
        Assert.Matches(@"^43,Melton Borough Council,.*,30,10,.*,DFG,258802,100000,$", csvLines[3]);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download template (Excel)" }).ClickAsync());
        using (var zip = ZipFile.OpenRead((await xlsx.PathAsync())!))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
            var sheets = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                .Select(ReadEntry));
            Assert.Contains(">512345<", sheets);
            Assert.DoesNotContain(">500000<", sheets);
        }
        Assert.Equal("leadshire-2024-25-q2-template.xlsx", xlsx.SuggestedFilename);

        var audit = page.Locator("#audit-table");
        await Expect(audit).ToContainTextAsync("sent-back");
        await Expect(audit).ToContainTextAsync("approved");
        await Expect(audit).ToContainTextAsync("Scheme 40: the spend looks low");
        await Screenshots.TakeAsync(page, "lead-approved");
    }

    private static ILocator Row(IPage page, string contributor) =>
        page.Locator("#board-table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = contributor }) });

    private static string ReadEntry(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string DocsImage()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "docs", "images");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "lead-board.png");
    }
}
