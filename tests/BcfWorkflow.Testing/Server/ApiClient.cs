using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BcfWorkflow.Api.Endpoints;

namespace BcfWorkflow.Testing.Server;

/// <summary>Plain HTTP calls to a local server, each with a bearer key.</summary>
public sealed class ApiClient(Uri baseAddress) : IDisposable
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(90);
    readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostPlanAsync(string key, byte[] plan) =>
        SendAsync(HttpMethod.Post, "api/plans", key, new ByteArrayContent(plan));

    public Task<HttpResponseMessage> OpenCycleAsync(string key, TestArea area, DateTimeOffset contributorsDue, DateTimeOffset submissionDue) =>
        SendAsync(HttpMethod.Post, "api/cycles", key,
            JsonContent.Create(new OpenCycleRequest(area.Area, area.Plan.Year, "Q2", contributorsDue, submissionDue), options: Json));

    public Task<HttpResponseMessage> PutReturnAsync(string key, string cycleId, string contributorId, byte[] file, string fileName = "return.csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        return SendAsync(HttpMethod.Put, $"api/cycles/{cycleId}/returns/{contributorId}", key, content);
    }

    public Task<HttpResponseMessage> DecideAsync(string key, string cycleId, object decision) =>
        SendAsync(HttpMethod.Post, $"api/cycles/{cycleId}/decision", key, JsonContent.Create(decision, options: Json));

    public async Task<CycleView> GetCycleAsync(string key, string cycleId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/cycles/{cycleId}", key);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CycleView>(Json))!;
    }

    /// <summary>Polls the cycle's status until <paramref name="reached"/> holds (the status is the signal; there is no push).</summary>
    public async Task<CycleView> WaitForAsync(string key, string cycleId, Func<CycleView, bool> reached)
    {
        using var deadline = new CancellationTokenSource(WaitLimit);
        while (true)
        {
            var view = await GetCycleAsync(key, cycleId);
            if (reached(view))
            {
                return view;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }

    public void Dispose() => http.Dispose();
}
