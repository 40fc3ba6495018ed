using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>Final templates, <c>templates/{cycleId}/v{n}/template.{format}</c> (and the files named in full:
/// <c>answers.csv</c>, <c>reporting-workbook.xlsx</c>), each file written once.</summary>
public sealed partial class BlobTemplateStore(BcfContainer container) : ITemplateStore
{
    public async Task WriteAsync(string cycleId, int version, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        foreach (var (format, content) in files)
        {
            try
            {
                await blobs.GetBlobClient(BlobNames.Template(cycleId, version, format)).UploadAsync(
                    new BinaryData(content), BlobConditions.CreateOnly(ContentType(format)), cancellationToken);
            }
            catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
            {
                // Written by an earlier attempt: templates are immutable.
            }
        }
    }

    public async Task<byte[]?> OpenLatestAsync(string cycleId, string format, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        int? latest = null;
        string prefix = BlobNames.TemplatesPrefix(cycleId);
        await foreach (BlobItem item in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            Match match = VersionFolder().Match(item.Name[prefix.Length..]);
            if (match.Success)
            {
                int version = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                latest = Math.Max(latest ?? version, version);
            }
        }

        if (latest is null)
        {
            return null;
        }

        try
        {
            var download = await blobs.GetBlobClient(BlobNames.Template(cycleId, latest.Value, format)).DownloadContentAsync(cancellationToken);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    static string ContentType(string file) => file[(Math.Max(file.LastIndexOf('/'), file.LastIndexOf('.')) + 1)..] switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv" => "text/csv",
        "json" => "application/json",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"^v(\d+)/")]
    private static partial Regex VersionFolder();
}
