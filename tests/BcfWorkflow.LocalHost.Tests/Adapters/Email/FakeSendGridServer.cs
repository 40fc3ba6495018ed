using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

/// <summary>A local HTTP endpoint on 127.0.0.1 standing in for SendGrid's API: it records the requests it gets and
/// answers 202 like <c>POST /v3/mail/send</c> does.</summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly List<CapturedRequest> requests = [];

    FakeSendGridServer(WebApplication app) => this.app = app;

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

    public static async Task<FakeSendGridServer> StartAsync(HttpStatusCode status = HttpStatusCode.Accepted)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new FakeSendGridServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var captured = new CapturedRequest(
                context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
            lock (server.requests)
            {
                server.requests.Add(captured);
            }

            context.Response.StatusCode = (int)status;
            if (status != HttpStatusCode.Accepted)
            {
                await context.Response.WriteAsync("{\"errors\":[{\"message\":\"bad request\"}]}");
            }
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
