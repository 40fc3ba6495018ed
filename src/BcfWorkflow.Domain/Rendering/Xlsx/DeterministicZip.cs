using System.IO.Compression;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>Rewrites a zip package with a fixed entry timestamp, so the same workbook always gives the same bytes
/// (System.IO.Packaging stamps every part with the current time).</summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = FixedTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
