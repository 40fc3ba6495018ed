using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BcfWorkflow.Api.Endpoints;

namespace BcfWorkflow.Demo;

/// <summary>The demo's lead and contributors calling the HTTP API, each with its own bearer key.</summary>
internal sealed class DemoApiClient(HttpClient http)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PostPlanAsync(string key, byte[] plan, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(plan);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await SendAsync(HttpMethod.Post, "api/plans", key, content, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Created, "posting the plan", cancellationToken);
    }

    public async Task<string> OpenCycleAsync(string key, OpenCycleRequest request, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(request, options: Json);
        using var response = await SendAsync(HttpMethod.Post, "api/cycles", key, content, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Accepted, "opening the cycle", cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("cycleId").GetString()!;
    }

    public async Task<UploadOutcome> PutReturnAsync(string key, string cycleId, string contributorId, string fileName, byte[] file, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        using var response = await SendAsync(HttpMethod.Put, $"api/cycles/{cycleId}/returns/{contributorId}", key, content, cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            return new UploadOutcome(202, body.RootElement.GetProperty("version").GetInt32(), []);
        }
        var problems = body.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(ProblemLine).ToList()
            : [body.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : response.ReasonPhrase ?? ""];
        return new UploadOutcome((int)response.StatusCode, null, problems);
    }

    public async Task DecideAsync(string key, string cycleId, object decision, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(decision, options: Json);
        using var response = await SendAsync(HttpMethod.Post, $"api/cycles/{cycleId}/decision", key, content, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Accepted, "posting the sign-off decision", cancellationToken);
    }

    public async Task PutLeadAnswersAsync(string key, string cycleId, Domain.Reporting.LeadAnswers answers, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(answers, options: Json);
        using var response = await SendAsync(HttpMethod.Put, $"api/cycles/{cycleId}/lead-answers", key, content, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, "saving the lead's answers", cancellationToken);
    }

    public async Task PutReportingWorkbookAsync(string key, string cycleId, string fileName, byte[] workbook, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        using var response = await SendAsync(HttpMethod.Put, $"api/cycles/{cycleId}/reporting-workbook", key, content, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Created, "attaching the reporting workbook", cancellationToken);
    }

    public async Task<CycleView> GetCycleAsync(string key, string cycleId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/cycles/{cycleId}", key, null, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, "reading the cycle", cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CycleView>(Json, cancellationToken))!;
    }

    public async Task<byte[]> GetTemplateAsync(string key, string cycleId, string format, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/cycles/{cycleId}/template.{format}", key, null, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, $"downloading template.{format}", cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await http.SendAsync(request, cancellationToken);
    }

    static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new DemoFailedException($"{what} gave HTTP {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
    }

    /// <summary>"file:row:column: message", the same shape as <c>bcf validate</c>'s lines.</summary>
    static string ProblemLine(JsonElement error)
    {
        static string Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null ? v.ToString() : "";
        return $"{Text(error, "file")}:{Text(error, "row")}:{Text(error, "column")}: {Text(error, "message")}";
    }
}
