using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>axe-core on the page as it is now: no serious or critical violation (every page), or none at all (the
/// states the pages for people added: confirmations, banners, error summaries, a contributor's figures).</summary>
public static class AxeCheck
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();

        var all = results.Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Select(n => n.Html).Take(3))})").ToList();
        Assert.True(all.Count == 0, string.Join("\n", all));
        Assert.NotEmpty(results.Passes);
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();

        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        Assert.NotEmpty(results.Passes);
    }
}
