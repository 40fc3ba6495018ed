using System.Net;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

/// <summary>A local HTTP endpoint on 127.0.0.1 standing in for SendGrid's API: it records the requests it gets and
/// answers 202 like <c>POST /v3/mail/send</c> does.</summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    readonly RecordingHttpServer server;

    FakeSendGridServer(RecordingHttpServer server) => this.server = server;

    public string BaseAddress => server.BaseAddress;

    public IReadOnlyList<CapturedRequest> Requests => server.Requests;

    public static async Task<FakeSendGridServer> StartAsync(HttpStatusCode status = HttpStatusCode.Accepted) =>
        new(await RecordingHttpServer.StartAsync(async (_, context) =>
        {
            context.Response.StatusCode = (int)status;
            if (status != HttpStatusCode.Accepted)
            {
                await context.Response.WriteAsync("{\"errors\":[{\"message\":\"bad request\"}]}");
            }
        }));

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
