using BcfWorkflow.Testing;
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

    /// <summary>The page from its top down to just below <paramref name="last"/>.</summary>
    public static async Task<string> TakeDownToAsync(IPage page, string name, ILocator last)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        var box = await last.BoundingBoxAsync() ?? throw new InvalidOperationException($"{last} is not visible.");
        var scrollY = await page.EvaluateAsync<float>("() => window.scrollY");
        var width = page.ViewportSize?.Width ?? 1280;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = box.Y + scrollY + box.Height + 24 },
        });
        return path;
    }
}
