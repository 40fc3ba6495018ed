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

        await AxeCheck.AssertNoSeriousViolationsAsync(page);
    }
}
