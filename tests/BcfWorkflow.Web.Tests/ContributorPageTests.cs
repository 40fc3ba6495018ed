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

        await page.GetByLabel("Choose your completed return").SetInputFilesAsync(Csv("blaby-q2.csv", TestArea.InvalidReturnCsv("blaby")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload return" }).ClickAsync();
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

        await page.GetByLabel("Choose your completed return").SetInputFilesAsync(Csv("blaby-q2.csv", TestArea.ReturnCsv("blaby", 346085m, 40)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload return" }).ClickAsync();
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Version 1 received");
        await Expect(page.Locator("#versions-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#versions-table")).ToContainTextAsync("blaby-v1.csv");

        // A second version by drag and drop, above the plan without a comment: accepted, with a warning.
        var dropped = await page.EvaluateHandleAsync(
            "text => { const d = new DataTransfer(); d.items.add(new File([text], 'blaby-q2-fixed.csv', { type: 'text/csv' })); return d; }",
            TestArea.ReturnCsv("blaby", 700000m, 41));
        await page.Locator("#drop-zone").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dropped });
        await Expect(page.Locator("#chosen-file")).ToHaveTextAsync("Chosen: blaby-q2-fixed.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload return" }).ClickAsync();
        await Expect(page.Locator("#upload-result")).ToContainTextAsync("Version 2 received");
        await Expect(page.Locator("#warnings-table")).ToContainTextAsync("is above the £603,345 planned for the year");
        await Expect(page.Locator("#versions-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#my-state")).ToHaveTextAsync("Submitted");
        await Screenshots.TakeAsync(page, "contributor-versions");
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
