using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Security.Tests.Faults;

/// <summary>A stand-in for SendGrid's <c>POST /v3/mail/send</c> on 127.0.0.1 that answers from a script: a status
/// code, or 0 to hang until the client gives up; 202 once the script runs out.</summary>
public sealed class FlakySendGrid : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Queue<int> script;
    private int requests;

    private FlakySendGrid(WebApplication app, IEnumerable<int> script)
    {
        this.app = app;
        this.script = new Queue<int>(script);
    }

    public string BaseAddress => app.Urls.First();

    public int Requests => Volatile.Read(ref requests);

    public static async Task<FlakySendGrid> StartAsync(params int[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new FlakySendGrid(builder.Build(), script);
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        int status;
        lock (script)
        {
            status = script.Count > 0 ? script.Dequeue() : StatusCodes.Status202Accepted;
        }
        if (status == 0)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = status;
        if (status >= 400)
        {
            await context.Response.WriteAsync("{\"errors\":[{\"message\":\"try again\"}]}");
        }
    }
}
