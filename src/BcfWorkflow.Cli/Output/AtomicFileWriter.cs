namespace BcfWorkflow.Cli.Output;

/// <summary>Writes one file so that a reader never sees it half-written: into a temporary file beside it (same
/// folder, so same file system), flushed, then renamed over it. A missing folder is created.</summary>
public static class AtomicFileWriter
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output cannot be a root.", nameof(path));
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(staging, target, overwrite: true);
        }
        finally
        {
            File.Delete(staging); // nothing to delete once renamed
        }
    }
}
