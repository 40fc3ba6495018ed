using BcfWorkflow.Domain.Validation;
using System.Globalization;
using BcfWorkflow.Api.Security;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Problems;

/// <summary>RFC 7807 problem responses, the same on both hosts.</summary>
public static class ApiProblems
{
    public static IResult Unauthorized() =>
        new AuditedDenial(
            Problem(StatusCodes.Status401Unauthorized, "Sign-in required", "Send 'Authorization: Bearer <key>' with a key you were given."),
            "no valid credential");

    /// <summary>429 with Retry-After (whole seconds, rounded up): too many failed sign-ins from this address.</summary>
    public static IResult TooManyFailedAttempts(TimeSpan retryAfter) =>
        new AuditedDenial(new ProblemWithHeader(
            Problem(StatusCodes.Status429TooManyRequests, "Too many failed sign-ins", "Too many requests without a valid key came from your address; try again later."),
            "Retry-After",
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture)), "too many failed sign-ins");

    public static IResult Forbidden(string detail) =>
        new AuditedDenial(Problem(StatusCodes.Status403Forbidden, "Not allowed", detail), detail);

    public static IResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string detail) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult BadRequest(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", detail);

    /// <summary>429: the caller already has as many uploads in progress as it may.</summary>
    public static IResult TooManyUploads() =>
        new ProblemWithHeader(
            Problem(StatusCodes.Status429TooManyRequests, "Uploads in progress", "Your earlier uploads are still being checked; send this one when they finish."),
            "Retry-After", "5");

    /// <summary>503 with Retry-After: a moment when no answer can be promised yet; the same request again will get one.</summary>
    public static IResult Unavailable(string detail) =>
        new ProblemWithHeader(Problem(StatusCodes.Status503ServiceUnavailable, "Try again shortly", detail), "Retry-After", "30");

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "File too large", $"Uploads are limited to {limit:N0} bytes.");

    /// <summary>400 with every problem found, as <c>errors: [{ file, row, column, message }]</c>.</summary>
    public static IResult Invalid(string detail, IEnumerable<ValidationIssue> issues) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file has problems",
            detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = issues.Select(i => new IssueDto(i.File, i.Row, i.Column, i.Message, i.Code,
                    i.Severity == IssueSeverity.Error ? "error" : "warning")).ToList(),
            });

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
