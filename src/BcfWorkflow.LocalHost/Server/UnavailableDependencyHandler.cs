using System.Net.Sockets;
using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Turns an exception that escaped a handler into an RFC 7807 problem: 503 with Retry-After when storage or
/// the durable engine (whose state is in storage) did not answer, so callers retry instead of seeing a bare 500.</summary>
internal sealed class UnavailableDependencyHandler(ILogger<UnavailableDependencyHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        bool unavailable = IsUnavailable(exception);
        if (unavailable)
        {
            logger.LogWarning("{Method} {Path}: storage or engine unavailable ({Error})", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            logger.LogError(exception, "{Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        }

        IResult problem = unavailable
            ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable",
                detail: $"Storage did not answer; nothing was changed. Try again in {RetryAfterSeconds} seconds.")
            : Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Unexpected error",
                detail: "The request failed; see the host's log.");
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    static bool IsUnavailable(Exception exception) => exception switch
    {
        Azure.RequestFailedException e => e.Status is 0 or >= 500 || e.InnerException is not null && IsUnavailable(e.InnerException),
        RpcException e => e.StatusCode is StatusCode.Unavailable or StatusCode.Unknown or StatusCode.Internal or StatusCode.DeadlineExceeded,
        HttpRequestException or SocketException or TimeoutException => true,
        AggregateException e => e.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
