using System.IO.Compression;
using System.Text.Json;
using BcfWorkflow.Testing;
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
    public async Task LeadPage_WholeSignOff_CountsLateFirstSendBackFiguresConfirmedApprovalAndTemplateAtTheTop()
    {
        // Due in a few seconds: the board shows the contributors going late, then submitting, without a reload.
        await stack.SeedAsync(Area, TimeSpan.FromSeconds(4));
        var page = await stack.NewPageAsync(Keys.Lead);
        var decisions = new RequestCounter(page, "/decision");
        await page.GotoAsync($"/lead?cycle={Area.CycleId}");

        var board = page.Locator("#board-table");
        await Expect(board.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("Cycle opened");
        await Screenshots.TakeAsync(page, "lead-board-opened");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("0 of 3 received · 3 late");
        await Expect(Row(page, "Melton Borough Council").Locator("td").Nth(3)).Not.ToHaveTextAsync("0");
        // Nothing to decide while collecting: the decision form waits for the returns to be added up.
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#decision-waiting")).ToBeVisibleAsync();

        await stack.SubmitAsync(Area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        await Expect(Row(page, "Blaby District Council")).ToContainTextAsync("Submitted");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("1 of 3 received · 2 late");
        await Expect(page.Locator("#board-announcer")).ToContainTextAsync("Blaby District Council: Submitted");
        // Late first: the one received goes to the bottom.
        await Expect(board.Locator("tbody tr").Last.Locator("th")).ToHaveTextAsync("Blaby District Council");
        await Expect(board.Locator("tbody tr").First).ToContainTextAsync("Late");

        await stack.SubmitAsync(Area, "charnwood", TestArea.ReturnCsv("charnwood", 500000m, 60));
        await stack.SubmitAsync(Area, "melton", TestArea.ReturnCsv("melton", 100000m, 10));
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("3 of 3 received");
        await Expect(page.Locator("#balances-table")).ToContainTextAsync("£946,085");
        await Expect(page.Locator("#spend-chart")).ToContainTextAsync("Spent £946,085");
        await Expect(page.Locator("#cycle-select option:checked")).ToHaveTextAsync("Leadshire 2024-25 Q2 (Awaiting sign-off)");
        // The audit trail is for people: UK times with the day, names, no hashes or storage paths.
        var audit = page.Locator("#audit-table");
        await Expect(audit).ToContainTextAsync("Blaby District Council: version 1 (");
        await Expect(audit).Not.ToContainTextAsync("sha256");
        await Expect(audit).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{4}-\d{2}-\d{2}T"));
        await Expect(audit).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"(\d{1,2}(:\d{2})?[ap]m|midday|midnight) on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}"));
        await Screenshots.TakeAsync(page, "lead-board");
        // The README's picture: the board, the chart and the running balances, without the long page below them.
        var boardShot = await Screenshots.TakeDownToAsync(page, "lead-board-top", page.Locator("#balances-table"));
        if (Environment.GetEnvironmentVariable("BCF_UPDATE_DOCS_IMAGES") == "1")
        {
            File.Copy(boardShot, DocsImage(), overwrite: true); // the README's picture; refreshed on request only
        }
        await AxeCheck.AssertNoSeriousViolationsAsync(page);

        // Send Charnwood back with a reason; the button pressed twice at once sends one decision.
        await page.GetByLabel("Send returns back to contributors to correct").CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Charnwood Borough Council" }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Scheme 40: the spend looks low for the half year; please check.");
        await page.EvaluateAsync("() => { const b = document.getElementById('decision-button'); b.click(); b.click(); }");
        await Expect(page.Locator("#action-result")).ToContainTextAsync("Sent back to Charnwood Borough Council");
        Assert.Equal(1, decisions.Count);
        await Expect(Row(page, "Charnwood Borough Council")).ToContainTextAsync("Sent back");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Collecting returns");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("2 of 3 received · 1 sent back");
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();

        // Charnwood resubmits; the lead reads its figures and what changed.
        await stack.SubmitAsync(Area, "charnwood", TestArea.ReturnCsv("charnwood", 512345m, 61, "Two large adaptations paid in September"));
        await Expect(Row(page, "Charnwood Borough Council")).ToContainTextAsync("Submitted");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        await Expect(page.Locator("#balances-table")).ToContainTextAsync("£958,430");
        await Row(page, "Charnwood Borough Council").GetByRole(AriaRole.Link, new() { Name = "Charnwood Borough Council" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Charnwood Borough Council");
        var figures = page.Locator("#contributor-figures");
        await Expect(figures).ToContainTextAsync("£512,345");
        await Expect(figures).ToContainTextAsync("+£12,345");
        await Expect(figures).ToContainTextAsync("Two large adaptations paid in September");
        await Expect(page.Locator("#contributor-changes")).ToContainTextAsync("spent to date £500,000 → £512,345 (+£12,345)");
        await Expect(page.Locator("#contributor-changes")).ToContainTextAsync("outputs to date 60 → 61");
        await Expect(page.Locator("#contributor-facts")).ToContainTextAsync("Scheme 40: the spend looks low");
        await Expect(page.Locator("#contributor-versions tbody tr")).ToHaveCountAsync(2);
        await Expect(page).ToHaveTitleAsync("Charnwood Borough Council – Better Care Fund returns");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-contributor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the area return" }).First.ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");

        // Approve goes to a confirmation step; Cancel sends nothing.
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to approve the area return?");
        await Expect(page.Locator("#confirm-missing")).ToHaveTextAsync("All 3 contributors have sent a return.");
        await Expect(page.Locator("#board-table")).ToBeHiddenAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Area return: status and sign-off");
        await Expect(page.Locator("#decision-button")).ToBeFocusedAsync();
        Assert.Equal(1, decisions.Count);
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");

        // Confirmed (pressed twice at once: one approval).
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" })).ToBeVisibleAsync();
        // The lead's answers were never given: approving says so, and the lead ticks that the template goes with them blank.
        // No workbook is attached, so nothing is said about NHS England's.
        await Expect(page.Locator("#confirm-template-missing li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm-workbook")).ToHaveCountAsync(0);
        await page.GetByLabel("Approve with these parts of the template blank").CheckAsync();
        await page.EvaluateAsync("() => { const b = document.getElementById('confirm-button'); b.click(); b.click(); }");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Approved");
        Assert.Equal(2, decisions.Count);

        // Decided: no decision form; the template's downloads at the top, above the counts and the board.
        await Expect(page.Locator("#sign-off-section")).ToBeHiddenAsync();
        await Expect(page.Locator("#decision-form")).ToBeHiddenAsync();
        var csvButton = page.GetByRole(AriaRole.Button, new() { Name = "Download template (CSV)" });
        await Expect(csvButton).ToBeVisibleAsync();
        Assert.True((await csvButton.BoundingBoxAsync())!.Y < (await page.Locator("#counts").BoundingBoxAsync())!.Y, "the downloads are above the counts");
        await Expect(page.Locator("#decided-banner")).ToContainTextAsync("Leadshire 2024-25 Q2 was approved at ");

        var csv = await page.RunAndWaitForDownloadAsync(() => csvButton.ClickAsync());
        var csvLines = (await File.ReadAllLinesAsync((await csv.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("Scheme ID,Scheme Name,", csvLines[0]);
        Assert.Equal(4, csvLines.Count);
        // Per scheme: planned outputs, outputs to date, ..., planned spend, spend to date (Charnwood's second version).
        Assert.Matches(@"^39,Blaby District Council,.*,85,40,.*,DFG,603345,346085,$", csvLines[1]);
        Assert.Matches(@"^40,Charnwood Borough Council,.*,120,61,.*,DFG,947908,512345,Two large adaptations paid in September$", csvLines[2]);
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
        var json = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download template (JSON)" }).ClickAsync());
        using (var document = JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!)))
        {
            Assert.Contains("512345", document.RootElement.GetRawText());
        }

        await Expect(audit).ToContainTextAsync("Sent back");
        await Expect(audit).ToContainTextAsync("Charnwood Borough Council (sign-off round 1). Reason: Scheme 40: the spend looks low");
        await Expect(audit).ToContainTextAsync("Final template written");
        // One row per lead action: the request is not shown beside what carried it out.
        await Expect(audit).Not.ToContainTextAsync("Decision sent");
        await Expect(audit).Not.ToContainTextAsync("templates/");
        await Expect(audit).Not.ToContainTextAsync("sha256");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-approved");
    }

    [Fact]
    public async Task LeadPage_CloseThenApproveWithReturnsMissing_EachConfirmationNamesWhoIsMissing()
    {
        var area = new TestArea("Closeshire", ["blaby", "charnwood", "melton"]);
        await stack.SeedAsync(area, TimeSpan.FromDays(10));
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        var page = await stack.NewPageAsync(Keys.Lead);
        var closes = new RequestCounter(page, "/close");
        var decisions = new RequestCounter(page, "/decision");
        await page.GotoAsync($"/lead?cycle={area.CycleId}");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("1 of 3 received");

        // "Remind now" for one who has not sent; none offered for the one who has.
        await Expect(Row(page, "Blaby District Council").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remind now Charnwood Borough Council" }).ClickAsync();
        await Expect(page.Locator("#board-result")).ToContainTextAsync("A reminder is on its way to Charnwood Borough Council (");
        await Expect(Row(page, "Charnwood Borough Council").Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("A reminder to Charnwood Borough Council, sent at once");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Close collection now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to close collection?");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        await Expect(page.Locator("#confirm-missing")).ToContainTextAsync(
            "2 of 3 contributors have not sent a return: Charnwood Borough Council and Melton Borough Council; their rows will be blank in the template if you approve without them.");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-confirm-close");
        Assert.Equal(0, closes.Count);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm and close collection" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        Assert.Equal(1, closes.Count);

        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to approve the area return?");
        await Expect(page.Locator("#confirm-missing")).ToContainTextAsync(
            "2 of 3 contributors have not sent a return: Charnwood Borough Council and Melton Borough Council; their rows will be blank in the template.");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        Assert.Equal(0, decisions.Count);

        // 390 px wide (a phone): nothing cropped, the tables scroll inside their wrappers.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await page.SetViewportSizeAsync(1280, 900);

        // Blaby sent back after the early close: the page says whose return it waits for, and its resubmission comes
        // back for sign-off without closing collection again.
        await page.GetByLabel("Send returns back to contributors to correct").CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Blaby District Council" }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Please add the comment for scheme 39.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Collecting returns");
        await Expect(page.Locator("#decision-waiting")).ToHaveTextAsync(
            "Waiting for Blaby District Council to send a corrected return. The area return comes back to you for sign-off when it arrives, or when you close collection.");
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40, "Comment added"));
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Awaiting sign-off");
        Assert.Equal(1, closes.Count);

        // Approved without two returns: they show as not received, not as awaited.
        await page.GetByLabel("Approve the area return and write the final template").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await page.GetByLabel("Approve with these parts of the template blank").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and approve" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Approved");
        await Expect(page.Locator("#counts")).ToHaveTextAsync("1 of 3 received · 2 not received");
        await Expect(Row(page, "Melton Borough Council")).ToContainTextAsync("Not received");
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("Collection closed");
        await Expect(page.Locator("#audit-table")).Not.ToContainTextAsync("Close requested");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task LeadPage_OpenCycle_SuggestsTheTimetableChecksTheDatesAndKeepsTheConfirmation()
    {
        var area = new TestArea("Openshire", ["blaby", "melton"]);
        await stack.StorePlanAsync(area);
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.GotoAsync("/lead");
        await Expect(page.Locator("#lead-page")).ToBeVisibleAsync();
        await page.Locator("#setup").EvaluateAsync("d => d.open = true");

        // The next quarter to open is offered from the national timetable, on working days ahead.
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).Date;
        await Expect(page.Locator("#timetable-hint")).ToContainTextAsync("Suggested from the national timetable");
        var offered = await ReadDate(page, "open-contributors-due");
        Assert.True(offered > DateOnly.FromDateTime(today) && BcfWorkflow.Domain.Calendar.WorkingDays.IsWorkingDay(offered), $"offered {offered}");

        // 2024-25 Q3 was due Friday 14 February 2025, long past: the dates offered are the earliest fair ones instead.
        await page.GetByLabel("Financial year").FillAsync("2024-25");
        await page.GetByLabel("Quarter").SelectOptionAsync("Q3");
        await Expect(page.Locator("#timetable-hint")).ToContainTextAsync("2024-25 Q3 (about 6 weeks after the quarter ended on Tuesday 31 December 2024) have passed or are too close");
        var fair = await ReadDate(page, "open-contributors-due");
        Assert.True(fair > DateOnly.FromDateTime(today).AddDays(5) && BcfWorkflow.Domain.Calendar.WorkingDays.IsWorkingDay(fair), $"offered {fair}");

        // Dates typed in the past; and no area.
        await FillDate(page, "open-contributors-due", new DateTime(2025, 1, 31));
        await FillDate(page, "open-submission-due", new DateTime(2025, 2, 14));
        await page.GetByLabel("Area", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync([
            "Enter the area, as written in its plan",
            "The date returns are due from contributors must be in the future",
            "The national submission date must be in the future",
        ]);
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator("#open-contributors-due-field-error")).ToContainTextAsync("must be in the future");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-open-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the area, as written in its plan" }).ClickAsync();
        await Expect(page.Locator("#open-area")).ToBeFocusedAsync();

        // The national date before the contributors' date.
        var due = today.AddDays(10);
        await page.GetByLabel("Area", new() { Exact = true }).FillAsync("Openshire");
        await FillDate(page, "open-contributors-due", due);
        await FillDate(page, "open-submission-due", due.AddDays(-3));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync(["The national submission date must be the same as or after the date returns are due from contributors"]);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#open-submission-due-day")).ToBeFocusedAsync();

        // A month's typo in the year.
        await page.Locator("#open-submission-due-year").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        await Expect(summary.Locator("li")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("^The year must include 4 numbers")]);

        await FillDate(page, "open-submission-due", due.AddDays(14));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        var opened = page.Locator("#opened");
        await Expect(opened).ToContainTextAsync("Openshire 2024-25 Q3 is open");
        var dueAt = TimeZoneInfo.ConvertTimeToUtc(due.AddHours(17), london);
        await Expect(opened).ToContainTextAsync($"2 contributors are being asked for their returns, due by {WebStack.UkTime(dueAt)}.");
        await Expect(summary).ToBeHiddenAsync();
        await Expect(page).ToHaveTitleAsync("Area return – Better Care Fund returns");
        await Expect(page.Locator("#cycle-select option:checked")).ToHaveTextAsync("Openshire 2024-25 Q3 (Collecting returns)");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "lead-opened");
        // It stays: several status checks later it is still there.
        await page.WaitForTimeoutAsync(7000);
        await Expect(opened).ToBeVisibleAsync();
        using var cycle = await stack.SendAsync(HttpMethod.Get, "api/cycles/openshire-2024-25-q3", Keys.Lead);
        Assert.Equal(System.Net.HttpStatusCode.OK, cycle.StatusCode);
    }

    private static async Task<DateOnly> ReadDate(IPage page, string prefix)
    {
        async Task<int> Part(string part) => int.Parse(await page.Locator($"#{prefix}-{part}").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return new DateOnly(await Part("year"), await Part("month"), await Part("day"));
    }

    private static async Task FillDate(IPage page, string prefix, DateTime date)
    {
        await page.Locator($"#{prefix}-day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{prefix}-month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{prefix}-year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
