using Microsoft.Playwright;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>Full-page screenshots kept as test artefacts in tests/BcfWorkflow.Web.Tests/TestResults/screenshots.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Find(), "tests", "BcfWorkflow.Web.Tests", "TestResults", "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
