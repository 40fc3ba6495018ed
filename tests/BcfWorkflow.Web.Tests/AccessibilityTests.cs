using BcfWorkflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebStack stack) : IAsyncLifetime
{
    private static readonly TestArea Area = new("Axeshire", ["blaby", "melton"]);

    static AccessibilityTests() => SetDefaultExpectTimeout(30_000);

    public async Task InitializeAsync()
    {
        using var existing = await stack.SendAsync(HttpMethod.Get, $"api/cycles/{Area.CycleId}", Keys.Lead);
        if (!existing.IsSuccessStatusCode)
        {
            await stack.SeedAsync(Area, TimeSpan.FromDays(10));
            await stack.SubmitAsync(Area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/", null, "#sign-in-form")]
    [InlineData("/contributor?cycle=axeshire-2024-25-q2", Keys.BlabyAxeshire, "#versions-table")]
    [InlineData("/lead?cycle=axeshire-2024-25-q2", Keys.Lead, "#audit-table")]
    public async Task Page_Axe_HasNoSeriousOrCriticalViolations(string path, string? key, string loadedSelector)
    {
        var page = await stack.NewPageAsync(key);
        await page.GotoAsync(path);
        await Expect(page.Locator(loadedSelector)).ToBeVisibleAsync();

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task LeadPage_CompleteTheTemplate390PixelsWide_NoViolationsAndNothingCropped()
    {
        var area = new TestArea("Formshire", ["blaby"]);
        await stack.SeedAsync(area, TimeSpan.FromDays(10));
        await stack.SubmitAsync(area, "blaby", TestArea.ReturnCsv("blaby", 346085m, 40));
        await stack.WaitForStageAsync(area, "awaitingSignOff");
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/lead?cycle={area.CycleId}");
        await Expect(page.Locator("#answers-form")).ToBeVisibleAsync();
        // The follow-up questions shown too: who signed off and when (a date input), and why a condition is not met.
        await page.Locator("#answers-cover-signedOff").CheckAsync();
        await page.Locator("#answers-nationalConditions-1-met-no").CheckAsync();
        await Expect(page.Locator("#answers-cover-signedOffOn-year")).ToBeVisibleAsync();
        await Expect(page.Locator("#answers-nationalConditions-1-explanation")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 390 px");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "narrow-lead-answers");
    }

    [Theory]
    [InlineData("/contributor?cycle=axeshire-2024-25-q2", Keys.BlabyAxeshire, "#versions-table")]
    [InlineData("/lead?cycle=axeshire-2024-25-q2", Keys.Lead, "#audit-table")]
    [InlineData("/lead?cycle=axeshire-2024-25-q2&contributor=blaby", Keys.Lead, "#contributor-figures")]
    public async Task Page_390PixelsWide_NothingCroppedAndTablesScrollInTheirWrapper(string path, string key, string loadedSelector)
    {
        var page = await stack.NewPageAsync(key);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(path);
        await Expect(page.Locator(loadedSelector)).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways at 390 px");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('table')].every(t => t.parentElement.classList.contains('table-wrap') && t.parentElement.getBoundingClientRect().right <= window.innerWidth)"),
            "a table is not in a scrolling wrapper within the page");
        await AxeCheck.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "narrow-" + (path.Contains("contributor=", StringComparison.Ordinal) ? "lead-contributor" : path.Split('?')[0].Trim('/')));
    }
}
