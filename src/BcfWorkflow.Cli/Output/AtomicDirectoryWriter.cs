namespace BcfWorkflow.Cli.Output;

/// <summary>
/// Writes files into a directory so that a reader never sees a half-written file: everything is written into a
/// temporary folder beside the target (same file system), then renamed into place. A missing target directory
/// is created by renaming the whole temporary folder; an existing one gets each file by an atomic rename.
/// </summary>
public static class AtomicDirectoryWriter
{
    public static void Write(string directory, IReadOnlyList<OutputFile> files)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output directory cannot be a root.", nameof(directory));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in files)
            {
                using var stream = new FileStream(Path.Combine(staging, file.Name), FileMode.CreateNew, FileAccess.ReadWrite);
                file.Write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return;
            }
            foreach (var file in files)
            {
                File.Move(Path.Combine(staging, file.Name), Path.Combine(target, file.Name), overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
