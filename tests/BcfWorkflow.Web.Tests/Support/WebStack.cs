using System.Net.Http.Headers;
using System.Text;
using BcfWorkflow.LocalHost.Server;
using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace BcfWorkflow.Web.Tests.Support;

/// <summary>The real local stack (Azurite in memory, the durable engine, the API and pages on 127.0.0.1) and a headless
/// Debian chromium driven by Playwright, shared by the browser tests.</summary>
public sealed class WebStack : IAsyncLifetime
{
    /// <summary>Debian's chromium: Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "bcf-web-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private LocalServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly HttpClient http = new();

    public Uri BaseAddress => server?.BaseAddress ?? throw new InvalidOperationException("The stack is not started.");

    public IServiceProvider Services => server?.Services ?? throw new InvalidOperationException("The stack is not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        server = await LocalServer.StartAsync(new LocalServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDir = dataDir,
            InMemoryStorage = true,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(
                [.. Keys.AsConfiguration(), new(LocalServer.HubNameKey, "bcfwebtests")]).Build(),
            // Reminders a moment after the due date, the lead told soon after, send-backs due in an hour.
            Schedule = new CycleScheduleOptions([TimeSpan.Zero], TimeSpan.FromSeconds(2), TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        http.BaseAddress = server.BaseAddress;

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser tab on the stack, signed in with <paramref name="key"/> (null: signed out).</summary>
    public async Task<IPage> NewPageAsync(string? key)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(30_000);
        if (key is not null)
        {
            // Once per tab, as signing in would: signing out must not bring the key back on the next page.
            await context.AddInitScriptAsync(
                $"if (!sessionStorage.getItem('bcf.seeded')) {{ sessionStorage.setItem('bcf.seeded', '1'); sessionStorage.setItem('bcf.key', {System.Text.Json.JsonSerializer.Serialize(key)}); }}");
        }
        return await context.NewPageAsync();
    }

    /// <summary>Stores the area's plan and opens its Q2 cycle, returns due <paramref name="dueIn"/> from now.</summary>
    public async Task SeedAsync(TestArea area, TimeSpan dueIn)
    {
        using (var plan = await SendAsync(HttpMethod.Post, "api/plans", Keys.Lead, new StringContent(area.PlanJson(), Encoding.UTF8, "application/json")))
        {
            await EnsureAsync(plan);
        }
        var due = DateTimeOffset.UtcNow + dueIn;
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            area = area.Name, year = TestArea.Year, quarter = TestArea.Quarter, contributorsDue = due, submissionDue = due.AddDays(7),
        });
        using var cycle = await SendAsync(HttpMethod.Post, "api/cycles", Keys.Lead, new StringContent(body, Encoding.UTF8, "application/json"));
        await EnsureAsync(cycle);
    }

    /// <summary>Uploads a CSV return through the API, as the contributor.</summary>
    public async Task SubmitAsync(TestArea area, string contributorId, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await SendAsync(HttpMethod.Put, $"api/cycles/{area.CycleId}/returns/{contributorId}", Keys.For(contributorId, area.Name), content);
        await EnsureAsync(response);
    }

    /// <summary>The cycle's status as the lead sees it (GET api/cycles/{id}).</summary>
    public async Task<System.Text.Json.JsonElement> StatusAsync(TestArea area)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/cycles/{area.CycleId}", Keys.Lead);
        await EnsureAsync(response);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Waits (up to 30 s) until the cycle is at <paramref name="stage"/>.</summary>
    public async Task WaitForStageAsync(TestArea area, string stage)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await StatusAsync(area)).GetProperty("stage").GetString() != stage)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{area.CycleId} did not reach {stage}.");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The lead's decision through the API (the cycle must be awaiting sign-off).</summary>
    public async Task DecideAsync(TestArea area, string decision, string[] contributors, string reason)
    {
        // No lead's answers in these journeys: an approval confirms the template incomplete.
        var body = System.Text.Json.JsonSerializer.Serialize(new { decision, contributors, reason, confirmIncomplete = decision == "approve" ? true : (bool?)null });
        using var response = await SendAsync(HttpMethod.Post, $"api/cycles/{area.CycleId}/decision", Keys.Lead,
            new StringContent(body, Encoding.UTF8, "application/json"));
        await EnsureAsync(response);
    }

    /// <summary>Stores the area's plan without opening a cycle.</summary>
    public async Task StorePlanAsync(TestArea area)
    {
        using var plan = await SendAsync(HttpMethod.Post, "api/plans", Keys.Lead, new StringContent(area.PlanJson(), Encoding.UTF8, "application/json"));
        await EnsureAsync(plan);
    }

    /// <summary>How a time reads on the pages: UK time with the day, "5pm on Friday 18 October 2024".</summary>
    public static string UkTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var clock = (local.Hour, local.Minute) switch
        {
            (12, 0) => "midday",
            (0, 0) => "midnight",
            _ => (local.Hour % 12 == 0 ? 12 : local.Hour % 12).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + (local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                + (local.Hour < 12 ? "am" : "pm"),
        };
        return clock + " on " + local.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null,
        EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return await http.SendAsync(request);
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        http.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a stopping child process; the temp folder is cleaned eventually
        }
    }
}
