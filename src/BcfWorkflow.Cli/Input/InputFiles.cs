using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
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
