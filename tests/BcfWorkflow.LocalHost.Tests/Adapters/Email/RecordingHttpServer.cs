using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

/// <summary>A local HTTP endpoint on 127.0.0.1 that records every request it gets, then lets <c>answer</c> reply: what
/// the fake email APIs (<see cref="FakeSendGridServer"/>, <see cref="FakeNotifyServer"/>) have in common.</summary>
public sealed class RecordingHttpServer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly List<CapturedRequest> requests = [];

    RecordingHttpServer(WebApplication app) => this.app = app;

    public string BaseAddress => app.Urls.First();

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <param name="answer">Writes the response to a request, recorded before it is called.</param>
    public static async Task<RecordingHttpServer> StartAsync(Func<CapturedRequest, HttpContext, Task> answer)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new RecordingHttpServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var captured = new CapturedRequest(
                context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
            lock (server.requests)
            {
                server.requests.Add(captured);
            }
            await answer(captured, context);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
