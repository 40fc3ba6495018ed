using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
public static class AxeCheck
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();

        var blocking = results.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        Assert.NotEmpty(results.Passes);
    }
}
