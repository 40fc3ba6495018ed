using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Api.Security;

/// <summary>A 401/403/429 that writes itself to the audit log (who, when, from where, what was refused) as it is
/// sent. Being a result, it works the same on both hosts and for every handler that refuses a request.</summary>
public sealed class AuditedDenial(IResult inner, string reason) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

    public IResult Inner => inner;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext.RequestServices.GetService<AccessAudit>() is { } audit)
        {
            await audit.RecordDenialAsync(httpContext, StatusCode ?? StatusCodes.Status403Forbidden, reason);
        }
        await inner.ExecuteAsync(httpContext);
    }
}
