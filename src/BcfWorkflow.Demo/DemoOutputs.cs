using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Adapters.Blob;

namespace BcfWorkflow.Demo;

/// <summary>What the demo leaves in --out: template.{xlsx,csv,json}, answers.csv and reporting-workbook.xlsx (NHS England's workbook filled in), downloaded from the API, summary.json, audit.jsonl
/// (the audit blob) and emails/*.eml (every email the cycle sent, from the sent-email log blobs).</summary>
internal sealed record DemoOutputs(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyDictionary<string, byte[]> Emails)
{
    public static readonly string[] TemplateFormats = ["xlsx", "csv", "json", "answers.csv", "reporting-workbook.xlsx"];

    public static async Task<DemoOutputs> CollectAsync(DemoApiClient api, string leadKey, BlobServiceClient blobs, string cycleId, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var format in TemplateFormats)
        {
            files[format.Contains('.', StringComparison.Ordinal) ? format : $"template.{format}"] = await api.GetTemplateAsync(leadKey, cycleId, format, cancellationToken);
        }
        files["summary.json"] = files["template.json"];

        var container = blobs.GetBlobContainerClient(BcfContainer.Name);
        files["audit.jsonl"] = (await container.GetBlobClient(BlobNames.Audit(cycleId)).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();

        var emails = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var prefix = $"emails/{cycleId}/";
        await foreach (BlobItem item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            emails[item.Name[prefix.Length..]] = (await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        }
        return new DemoOutputs(files, emails);
    }

    /// <summary>Writes into <paramref name="outDir"/>: each file replaced whole (written beside it, then renamed), and
    /// emails/ holding only this run's messages.</summary>
    public void WriteTo(string outDir)
    {
        var target = Path.GetFullPath(outDir);
        var staging = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(target)) ?? target, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(target))}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(staging, "emails"));
        try
        {
            foreach (var (name, content) in Files)
            {
                File.WriteAllBytes(Path.Combine(staging, name), content);
            }
            foreach (var (name, content) in Emails)
            {
                File.WriteAllBytes(Path.Combine(staging, "emails", name), content);
            }

            var emailsDir = Path.Combine(target, "emails");
            Directory.CreateDirectory(emailsDir);
            foreach (var old in Directory.EnumerateFiles(emailsDir, "*.eml"))
            {
                File.Delete(old);
            }
            foreach (var name in Files.Keys)
            {
                File.Move(Path.Combine(staging, name), Path.Combine(target, name), overwrite: true);
            }
            foreach (var name in Emails.Keys)
            {
                File.Move(Path.Combine(staging, "emails", name), Path.Combine(emailsDir, name), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
