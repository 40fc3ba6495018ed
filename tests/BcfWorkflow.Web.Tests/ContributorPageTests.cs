using System.Text;
using BcfWorkflow.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ContributorPageTests(WebStack stack)
{
    private static readonly TestArea Area = new("Contribshire", ["blaby", "charnwood"]);

    static ContributorPageTests() => SetDefaultExpectTimeout(30_000);

    [Fact]
    public async Task ContributorPage_InvalidThenValidUpload_ShowsErrorsByRowThenVersions()
    {
        await stack.SeedAsync(Area, TimeSpan.FromDays(10));
        var page = await stack.NewPageAsync(Keys.Blaby);
        await page.GotoAsync($"/contributor?cycle={Area.CycleId}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quarterly return for Blaby District Council");
        await Expect(page.Locator("#my-state")).ToHaveTextAsync("Awaiting");

        var prefilled = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download pre-filled return (CSV)" }).ClickAsync());
        var prefilledText = await File.ReadAllTextAsync((await prefilled.PathAsync())!);
        Assert.Contains("39,Blaby District Council", prefilledText);
        Assert.Contains("603345", prefilledText);
        Assert.Equal("contribshire-2024-25-q2-blaby-return.csv", prefilled.SuggestedFilename);

        // No file: the GOV.UK error summary at the top, linking to the field, and "Error: " in the title.
        await page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Choose the file of your completed return");
        await Expect(page).ToHaveTitleAsync("Error: Return for Blaby District Council – Better Care Fund returns");
        await Expect(page.Locator("#return-file-error")).ToContainTextAsync("Choose the file of your completed return");
        await AxeCheck.AssertNoViolationsAsync(page);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#return-file")).ToBeFocusedAsync();

        await page.GetByLabel("Choose your completed return").SetInputFilesAsync(Csv("blaby-q2.csv", TestArea.InvalidReturnCsv("blaby")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" }).ClickAsync();
        await Expect(summary).ToContainTextAsync("blaby-q2.csv was not accepted: there is 1 problem");
        var errors = page.Locator("#errors-table");
        await Expect(errors).ToBeVisibleAsync();
        var firstError = errors.Locator("tbody tr").First;
        await Expect(firstError.Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Expect(firstError.Locator("td").Nth(1)).ToHaveTextAsync("39");
        await Expect(firstError.Locator("td").Nth(2)).ToHaveTextAsync("Expenditure to date (£)");
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Nothing was stored");
        await Expect(page.Locator("#versions")).ToContainTextAsync("You have not sent a version yet.");
        await Screenshots.TakeAsync(page, "contributor-upload-errors");
        await AxeCheck.AssertNoSeriousViolationsAsync(page);

        // "Check your figures": the file read as an upload would be, shown scheme by scheme; nothing is stored yet.
        await page.GetByLabel("Choose your completed return").SetInputFilesAsync(Csv("blaby-q2.csv", TestArea.ReturnCsv("blaby", 346085m, 40)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" }).ClickAsync();
        await Expect(page.Locator("#check-heading")).ToHaveTextAsync("Check your figures before you send them");
        await Expect(page.Locator("#check-table")).ToContainTextAsync("£346,085");
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Nothing has been sent yet.");
        await Expect(summary).ToBeHiddenAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "contributor-check");
        await Expect(page.Locator("#versions")).ToContainTextAsync("You have not sent a version yet.");
        Assert.Equal(0, (await stack.StatusAsync(Area)).GetProperty("contributors").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "blaby").GetProperty("versions").GetInt32());

        await page.GetByRole(AriaRole.Button, new() { Name = "Send this return" }).ClickAsync();
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Version 1 received");
        await Expect(page).ToHaveTitleAsync("Return for Blaby District Council – Better Care Fund returns");
        await Expect(page.Locator("#versions-table tbody tr")).ToHaveCountAsync(1);
        // The file's own name, not the store's.
        await Expect(page.Locator("#versions-table")).ToContainTextAsync("blaby-q2.csv");
        await Expect(page.Locator("#versions-table")).Not.ToContainTextAsync("blaby-v1.csv");
        // What was read from the latest version, as the lead sees it.
        await Expect(page.Locator("#my-figures-table")).ToContainTextAsync("£346,085");

        // A second version by drag and drop, above the plan without a comment: accepted, with a warning.
        var dropped = await page.EvaluateHandleAsync(
            "text => { const d = new DataTransfer(); d.items.add(new File([text], 'Blaby Q2 – Zoë\\'s fix.csv', { type: 'text/csv' })); return d; }",
            TestArea.ReturnCsv("blaby", 700000m, 41));
        await page.Locator("#drop-zone").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dropped });
        await Expect(page.Locator("#chosen-file")).ToHaveTextAsync("Chosen: Blaby Q2 – Zoë's fix.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" }).ClickAsync();
        // Beside the version sent last, with the warning it will carry.
        await Expect(page.Locator("#check-table")).ToContainTextAsync("+£353,915");
        await Expect(page.Locator("#check-warnings")).ToContainTextAsync("is above the £603,345 planned for the year");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send this return" }).ClickAsync();
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Version 2 received");
        await Expect(page.Locator("#warnings-table")).ToContainTextAsync("is above the £603,345 planned for the year");
        await Expect(page.Locator("#versions-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#versions-table tbody tr").First).ToContainTextAsync("Blaby Q2 – Zoë's fix.csv");
        await Expect(page.Locator("#my-state")).ToHaveTextAsync("Submitted");
        await Expect(page.Locator("#figures-heading")).ToHaveTextAsync("Your figures in version 2");
        await Expect(page.Locator("#my-warnings")).ToContainTextAsync("is above the £603,345 planned for the year");
        await Screenshots.TakeAsync(page, "contributor-versions");
    }

    [Fact]
    public async Task ContributorPage_SentBackThenApproved_ShowsTheReasonThenTheFinalTemplateAndTakesNoMoreVersions()
    {
        var area = new TestArea("Sendshire", ["blaby", "charnwood"]);
        await stack.SeedAsync(area, TimeSpan.FromDays(10));
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        await stack.SubmitAsync(area, "charnwood", TestArea.ReturnCsv("charnwood", 500000m, 60));
        await stack.WaitForStageAsync(area, "awaitingSignOff");
        const string Reason = "Scheme 39: please add the adaptations completed in September.";
        await stack.DecideAsync(area, "sendBack", ["blaby"], Reason);
        await stack.WaitForStageAsync(area, "collecting");

        // The officer's ordinary way in (no cycle in the address): the lead's reason and the new due date, in UK time.
        var page = await stack.NewPageAsync(Keys.For("blaby", area.Name));
        await page.GotoAsync("/contributor");
        var banner = page.Locator("#sent-back-banner");
        await Expect(banner).ToContainTextAsync("Your BCF lead sent your return back");
        await Expect(page.Locator("#sent-back-reason")).ToHaveTextAsync(Reason);
        var due = (await stack.StatusAsync(area)).GetProperty("contributors").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "blaby").GetProperty("due").GetDateTimeOffset();
        await Expect(page.Locator("#sent-back-due")).ToHaveTextAsync($"Send a corrected version by {WebStack.UkTime(due)}.");
        await Expect(page.Locator("#my-state")).ToHaveTextAsync("Sent back");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "contributor-sent-back");

        // Another contributor's view of the cycle carries neither Blaby's reason nor Blaby.
        using (var theirs = await stack.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}", Keys.For("charnwood", area.Name)))
        {
            var body = await theirs.Content.ReadAsStringAsync();
            Assert.True(theirs.IsSuccessStatusCode, body);
            Assert.DoesNotContain("adaptations completed", body);
            Assert.DoesNotContain("blaby", body, StringComparison.OrdinalIgnoreCase);
        }

        await page.GetByLabel("Choose your completed return").SetInputFilesAsync(Csv("blaby-q2-v2.csv", TestArea.ReturnCsv("blaby", 350000m, 44)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send this return" }).ClickAsync();
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Version 2 received");
        await Expect(page.Locator("#my-state")).ToHaveTextAsync("Submitted");
        await Expect(banner).ToHaveCountAsync(0);

        await stack.WaitForStageAsync(area, "awaitingSignOff");
        await stack.DecideAsync(area, "approve", [], "");
        await stack.WaitForStageAsync(area, "completed");
        var approvedAt = (await stack.StatusAsync(area)).GetProperty("approvedAt").GetDateTimeOffset();

        // Without a reload: the approval with the final template (Blaby's own rows), and no more uploads.
        var approved = page.Locator("#approved-banner");
        await Expect(approved).ToContainTextAsync("Your area's return was approved on " + WebStack.UkTime(approvedAt).Split(" on ")[1]);
        await Expect(page.Locator("#open-steps")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check your figures" })).ToBeHiddenAsync();
        await Expect(page.Locator("#closed-note")).ToContainTextAsync("No more versions can be taken");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download final template (CSV)" }).ClickAsync());
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.Contains("39,Blaby District Council", text);
        Assert.Contains("350000", text);
        Assert.DoesNotContain("Charnwood", text);
        Assert.Equal("sendshire-2024-25-q2-blaby-template.csv", csv.SuggestedFilename);
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "contributor-approved");

        // 390 px wide (a phone): nothing cropped.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
    }

    [Fact]
    public async Task ContributorPage_OpenedWithoutACycleByAnAreaTiedKey_ShowsTheReturn()
    {
        // The officer's ordinary way in: sign in, "Go to your return", no ?cycle= in the address.
        var home = new TestArea("Homeshire", ["blaby"]);
        await stack.SeedAsync(home, TimeSpan.FromDays(10));
        var page = await stack.NewPageAsync(Keys.For("blaby", home.Name));

        await page.GotoAsync("/contributor");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quarterly return for Blaby District Council");
        await Expect(page.Locator("#page-error")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ContributorPage_AnotherContributorsReturn_SaysNotAllowedAndApiForbids()
    {
        var other = new TestArea("Elsewhere", ["charnwood", "melton"]);
        await stack.SeedAsync(other, TimeSpan.FromDays(10));
        var page = await stack.NewPageAsync(Keys.Blaby);

        await page.GotoAsync("/contributor?contributor=charnwood");
        await Expect(page.Locator("#page-error")).ToContainTextAsync("You cannot see this return");
        await Expect(page.Locator("#contributor-page")).ToBeHiddenAsync();

        await page.GotoAsync($"/contributor?cycle={other.CycleId}");
        await Expect(page.Locator("#page-error")).ToContainTextAsync("You cannot see this cycle");
        await Screenshots.TakeAsync(page, "contributor-not-allowed");

        await page.GotoAsync($"/lead?cycle={other.CycleId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This page is for the BCF lead");

        foreach (var path in new[]
        {
            $"api/cycles/{other.CycleId}", $"api/cycles/{other.CycleId}/returns/charnwood", $"api/cycles/{other.CycleId}/summary",
            $"api/cycles/{other.CycleId}/returns/charnwood/prefilled.csv", $"api/cycles/{other.CycleId}/audit",
        })
        {
            using var response = await stack.SendAsync(HttpMethod.Get, path, Keys.Blaby);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }
        using var cycles = await stack.SendAsync(HttpMethod.Get, "api/cycles", Keys.Blaby);
        Assert.DoesNotContain(other.CycleId, await cycles.Content.ReadAsStringAsync());
    }

    private static FilePayload Csv(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
