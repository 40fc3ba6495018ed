using Microsoft.Playwright;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>Counts the page's POST requests to API paths ending in <paramref name="suffix"/> (a double submit sends two).</summary>
public sealed class RequestCounter
{
    private int count;

    public RequestCounter(IPage page, string suffix) =>
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && new Uri(request.Url).AbsolutePath.EndsWith(suffix, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
        };

    public int Count => Volatile.Read(ref count);
}
