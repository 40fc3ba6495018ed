using System.Diagnostics;
using BcfWorkflow.Web.Tests.Support;
using Xunit.Abstractions;

namespace BcfWorkflow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class DiagTests(WebStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task Diag()
    {
        var sw = Stopwatch.StartNew();
        var area = new TestArea("Diagshire", ["blaby", "charnwood", "melton"]);
        await stack.SeedAsync(area, TimeSpan.FromSeconds(4));
        output.WriteLine($"seeded {sw.Elapsed}");
        string last = "";
        while (sw.Elapsed < TimeSpan.FromSeconds(90))
        {
            using var r = await stack.SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}", Keys.Lead);
            var s = await r.Content.ReadAsStringAsync();
            if (s != last) { output.WriteLine($"{sw.Elapsed}: {s}"); last = s; }
            if (s.Contains("\"state\":\"late\"") && !s.Contains("\"state\":\"awaiting\"")) break;
            await Task.Delay(250);
        }
        Assert.True(true);
    }
}
