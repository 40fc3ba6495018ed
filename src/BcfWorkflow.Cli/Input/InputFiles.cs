using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Plans.Import;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Cli.Input;

/// <summary>Opens the files named on the command line; a missing or unreadable file becomes an issue, not an exception.</summary>
public static class InputFiles
{
    public static PlanReadResult ReadPlan(string path)
    {
        var result = Open(path, stream => PlanReader.Read(stream, path));
        return result.Value ?? new PlanReadResult(null, [result.Issue!]);
    }

    public static ReturnReadResult ReadReturn(Plan plan, string? contributorId, string path)
    {
        var result = Open(path, stream => ReturnReader.Read(plan, contributorId, stream, path));
        return result.Value ?? new ReturnReadResult(null, [result.Issue!]);
    }

    /// <summary>Imports a plan from its scheme table and, when given, its plan details file; a missing or unreadable
    /// file is an issue (both files' are reported at once).</summary>
    public static PlanImportResult ImportPlan(string schemesPath, string? detailsPath)
    {
        var schemes = OpenStream(schemesPath, out var schemesIssue);
        Stream? details = null;
        ValidationIssue? detailsIssue = null;
        if (detailsPath is not null)
        {
            details = OpenStream(detailsPath, out detailsIssue);
        }
        using (schemes)
        using (details)
        {
            if (schemes is null || (detailsPath is not null && details is null))
            {
                return new PlanImportResult(null, null, [.. new[] { schemesIssue, detailsIssue }.OfType<ValidationIssue>()]);
            }
            return PlanImporter.Import(new ImportFile(schemes, schemesPath), details is null ? null : new ImportFile(details, detailsPath!));
        }
    }

    /// <summary>The file opened for reading, or null with the reason as an issue.</summary>
    private static FileStream? OpenStream(string path, out ValidationIssue? issue)
    {
        issue = Directory.Exists(path) ? new ValidationIssue(InputIssueCodes.FileUnreadable, path, null, null, "is a directory, not a file")
            : !File.Exists(path) ? new ValidationIssue(InputIssueCodes.FileNotFound, path, null, null, "file not found")
            : null;
        if (issue is not null)
        {
            return null;
        }
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issue = new ValidationIssue(InputIssueCodes.FileUnreadable, path, null, null, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    private static (T? Value, ValidationIssue? Issue) Open<T>(string path, Func<Stream, T> read)
        where T : class
    {
        if (Directory.Exists(path))
        {
            return (null, new ValidationIssue(InputIssueCodes.FileUnreadable, path, null, null, "is a directory, not a file"));
        }
        if (!File.Exists(path))
        {
            return (null, new ValidationIssue(InputIssueCodes.FileNotFound, path, null, null, "file not found"));
        }
        try
        {
            using var stream = File.OpenRead(path);
            return (read(stream), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ValidationIssue(InputIssueCodes.FileUnreadable, path, null, null, $"cannot read the file: {e.Message}"));
        }
    }
}
