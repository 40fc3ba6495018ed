using System.Net.Http.Headers;
using Notify.Interfaces;

namespace BcfWorkflow.Adapters.Email;

/// <summary>Notify's client over an <see cref="HttpClient"/> from the factory. The client's constructor that takes an
/// HTTP client always sets Notify's own address; this one keeps the configured address instead when there is one
/// (a local endpoint in tests, a proxy).</summary>
internal sealed class NotifyHttpClient(HttpClient client, Uri? baseAddress) : IHttpClient
{
    public Uri BaseAddress
    {
        get => client.BaseAddress!;
        set => client.BaseAddress = baseAddress ?? value;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => client.SendAsync(request);

    public void SetClientBaseAddress()
    {
        // The address is set on the HttpClient itself, in BaseAddress.
    }

    public void AddContentHeader(string header) => client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(header));

    public void AddUserAgent(string userAgent) => client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);

    public void Dispose() => client.Dispose();
}
