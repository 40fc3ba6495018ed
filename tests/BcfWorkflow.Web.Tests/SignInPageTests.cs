using BcfWorkflow.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInPageTests(WebStack stack)
{
    static SignInPageTests() => SetDefaultExpectTimeout(30_000);

    [Theory]
    [InlineData(Keys.Lead, "You are signed in as Pat Lead, the BCF lead.", "Go to the area return", "/lead")]
    [InlineData(Keys.Melton, "You are signed in as Melton DFG officer, a contributor.", "Go to your return", "/contributor")]
    public async Task SignIn_KnownKey_ShowsWhoAndWhereToGo(string key, string who, string link, string target)
    {
        var page = await stack.NewPageAsync(null);
        await page.GotoAsync("/");

        await page.GetByLabel("Your key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#signed-in-text")).ToHaveTextAsync(who);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = link })).ToHaveAttributeAsync("href", target);
        Assert.Equal(key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('bcf.key')"));
        await page.Keyboard.PressAsync("Tab");
        await Screenshots.TakeAsync(page, "sign-in-" + target.Trim('/'));
    }

    [Fact]
    public async Task EmailLink_WhileSignedOut_LeadsBackToThatCycleAfterSigningIn()
    {
        var linked = new TestArea("Linkshire", ["blaby", "melton"]);
        var newer = new TestArea("Laterlinkshire", ["blaby", "melton"]);
        await stack.SeedAsync(linked, TimeSpan.FromDays(5));
        await stack.SeedAsync(newer, TimeSpan.FromDays(5));
        var page = await stack.NewPageAsync(null);

        // The link in the lead's email, opened in a browser that is not signed in.
        await page.GotoAsync("/lead?cycle=linkshire-2024-25-q2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in first");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the sign-in page" }).ClickAsync();
        await page.GetByLabel("Your key").FillAsync(Keys.Lead);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lead\\?cycle=linkshire-2024-25-q2$"));
        await Expect(page.Locator("#cycle-select option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Linkshire 2024-25 Q2"));
    }

    [Theory]
    [InlineData("https://evil.example/lead")]
    [InlineData("//evil.example/lead")]
    [InlineData("/contributor?cycle=x")] // a page that is not the lead's
    public async Task SignIn_WithANextPageThatIsNotTheirs_StaysAndOffersTheirOwnPage(string next)
    {
        var page = await stack.NewPageAsync(null);
        await page.GotoAsync("/?next=" + Uri.EscapeDataString(next));

        await page.GetByLabel("Your key").FillAsync(Keys.Lead);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#signed-in-text")).ToHaveTextAsync("You are signed in as Pat Lead, the BCF lead.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to the area return" })).ToHaveAttributeAsync("href", "/lead");
    }

    [Fact]
    public async Task SignIn_UnknownKey_ShowsProblemAndKeepsNoKey()
    {
        var page = await stack.NewPageAsync(null);
        await page.GotoAsync("/");

        await page.GetByLabel("Your key").FillAsync("not-a-key");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That key was not recognised");
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('bcf.key')"));
    }

    [Fact]
    public async Task SignIn_NoKey_ErrorSummaryLinksToTheField()
    {
        var page = await stack.NewPageAsync(null);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync("Error: Sign in – Better Care Fund returns");
        await Expect(page.Locator("#key-error")).ToContainTextAsync("Enter your key");
        await Expect(page.Locator("#key")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.Locator("#error-summary").GetByRole(AriaRole.Link, new() { Name = "Enter your key" }).ClickAsync();
        await Expect(page.Locator("#key")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Reload_WhenTheSignInCheckFails_KeepsTheKeyAndOffersToTryAgain()
    {
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.RouteAsync("**/api/me", route => route.FulfillAsync(new()
        {
            Status = 503, ContentType = "application/problem+json", Body = "{\"title\":\"Unavailable\",\"detail\":\"The service is restarting.\"}",
        }));

        await page.GotoAsync("/lead");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We could not check your sign-in");
        await Expect(page.Locator("#content")).ToContainTextAsync("The service is restarting.");
        Assert.Equal(Keys.Lead, await page.EvaluateAsync<string?>("() => sessionStorage.getItem('bcf.key')"));
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.UnrouteAsync("**/api/me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as Pat Lead (BCF lead)");
    }

    [Fact]
    public async Task Reload_WithAKeyNoLongerValid_ForgetsIt()
    {
        var page = await stack.NewPageAsync("a-key-since-revoked");

        await page.GotoAsync("/contributor");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in first");
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('bcf.key')"));
    }

    [Fact]
    public async Task Header_KeyNamedAsItsRole_SaysTheRoleOnce()
    {
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.RouteAsync("**/api/me", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "application/json", Body = "{\"name\":\"BCF lead\",\"role\":\"lead\"}",
        }));

        await page.GotoAsync("/lead");

        await Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as BCF lead");
    }

    [Fact]
    public async Task SignOut_FromLeadPage_ForgetsTheKey()
    {
        var page = await stack.NewPageAsync(Keys.Lead);
        await page.GotoAsync("/lead");
        await Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as Pat Lead (BCF lead)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await Expect(page.Locator("#who")).ToHaveTextAsync("Not signed in");
    }
}
