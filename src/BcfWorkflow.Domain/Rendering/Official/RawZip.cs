using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>
/// A zip package read at the level of its records, so that a copy keeps every entry it does not replace byte for byte:
/// the local header, the compressed data and any data descriptor are copied raw, and the central directory record
/// with only its offset changed. Replaced entries are deflated anew. Zip64, encrypted entries and data before the
/// first entry are not supported (<see cref="Open"/> gives null); Excel, LibreOffice and openpyxl write none of them
/// for a workbook of a few megabytes.
/// </summary>
internal sealed class RawZip
{
    private const uint LocalSignature = 0x04034b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const uint DescriptorSignature = 0x08074b50;

    private readonly byte[] bytes;
    private readonly List<Entry> entries;
    private readonly int end;

    private RawZip(byte[] bytes, List<Entry> entries, int end)
    {
        this.bytes = bytes;
        this.entries = entries;
        this.end = end;
    }

    /// <summary>The entries' names, in the central directory's order.</summary>
    public IEnumerable<string> Names => this.entries.Select(e => e.Name);

    public static RawZip? Open(byte[] bytes)
    {
        try
        {
            return OpenUnchecked(bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The entry's name as stored, matched ignoring case (part names are case-insensitive), or null.</summary>
    public string? Find(string name) =>
        this.entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))?.Name;

    /// <summary>The largest part read, uncompressed: NHS England's sheets are a few megabytes.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The uncompressed content of an entry, or null when there is no such entry.</summary>
    /// <exception cref="Returns.Parsing.TableTooLargeException">The entry inflates past its declared size or the limit.</exception>
    public byte[]? Read(string name)
    {
        var entry = this.entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }
        var data = new MemoryStream(this.bytes, entry.DataOffset, (int)entry.CompressedSize, writable: false);
        if (entry.Method == 0)
        {
            return data.ToArray();
        }
        if (entry.Method != 8)
        {
            throw new InvalidDataException($"The zip entry {entry.Name} is compressed with method {entry.Method}, not deflate.");
        }
        // A part never inflates past what it declares, nor past the limit: a zip bomb stops here, not in memory.
        var limit = Math.Min(entry.Size, MaxPartBytes);
        using var inflate = new Returns.Parsing.CappedReadStream(new DeflateStream(data, CompressionMode.Decompress), limit);
        using var content = new MemoryStream((int)Math.Min(limit, 1024 * 1024));
        inflate.CopyTo(content);
        return content.ToArray();
    }

    /// <summary>Writes the package again: each entry in its place, the ones named in <paramref name="replaced"/> with the
    /// new content, every other one copied raw.</summary>
    public void CopyTo(Stream output, IReadOnlyDictionary<string, byte[]> replaced)
    {
        var written = new List<(Entry Entry, long Offset, byte[]? Central)>();
        long offset = 0;
        foreach (var entry in this.entries)
        {
            if (replaced.TryGetValue(entry.Name, out var content))
            {
                var (local, central) = Deflated(entry, content, offset);
                output.Write(local);
                written.Add((entry, offset, central));
                offset += local.Length;
            }
            else
            {
                output.Write(this.bytes, entry.LocalOffset, entry.LocalLength);
                written.Add((entry, offset, null));
                offset += entry.LocalLength;
            }
        }
        var directoryStart = offset;
        foreach (var (entry, entryOffset, central) in written)
        {
            var record = central ?? this.bytes.AsSpan(entry.CentralOffset, entry.CentralLength).ToArray();
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), checked((uint)entryOffset));
            output.Write(record);
            offset += record.Length;
        }
        var end = this.bytes.AsSpan(this.end).ToArray(); // the end record and the archive's comment
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), checked((uint)(offset - directoryStart)));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), checked((uint)directoryStart));
        output.Write(end);
    }

    private (byte[] Local, byte[] Central) Deflated(Entry entry, byte[] content, long offset)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }
        var data = compressed.ToArray();
        var crc = Crc32.Of(content);
        var name = this.bytes.AsSpan(entry.CentralOffset + 46, entry.NameLength);
        var flags = (ushort)(entry.Flags & 0x0800); // keep "name is UTF-8"; no data descriptor
        var central = this.bytes.AsSpan(entry.CentralOffset, 46);

        var local = new byte[30 + name.Length + data.Length];
        var l = local.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(l, LocalSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(l[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(l[6..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(l[8..], 8);
        central.Slice(12, 4).CopyTo(l[10..]); // modification time and date, as they were
        BinaryPrimitives.WriteUInt32LittleEndian(l[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(l[18..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(l[22..], (uint)content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(l[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(l[28..], 0);
        name.CopyTo(l[30..]);
        data.CopyTo(l[(30 + name.Length)..]);

        var record = new byte[46 + name.Length];
        var c = record.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(c, CentralSignature);
        central.Slice(4, 2).CopyTo(c[4..]); // version made by
        BinaryPrimitives.WriteUInt16LittleEndian(c[6..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(c[8..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(c[10..], 8);
        central.Slice(12, 4).CopyTo(c[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(c[16..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(c[20..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(c[24..], (uint)content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(c[28..], (ushort)name.Length);
        central.Slice(36, 6).CopyTo(c[36..]); // internal and external attributes
        BinaryPrimitives.WriteUInt32LittleEndian(c[42..], checked((uint)offset));
        name.CopyTo(c[46..]);
        return (local, record);
    }

    private static RawZip? OpenUnchecked(byte[] bytes)
    {
        var end = -1;
        for (var i = bytes.Length - 22; i >= Math.Max(0, bytes.Length - 22 - 0xFFFF); i--)
        {
            if (U32(bytes, i) == EndSignature && i + 22 + U16(bytes, i + 20) == bytes.Length)
            {
                end = i;
                break;
            }
        }
        if (end < 0)
        {
            return null;
        }
        int count = U16(bytes, end + 10);
        var directory = U32(bytes, end + 16);
        if (count == 0xFFFF || directory == 0xFFFFFFFF || U16(bytes, end + 4) != 0)
        {
            return null; // zip64 or a split archive
        }
        var entries = new List<Entry>(count);
        var at = (int)directory;
        for (var i = 0; i < count; i++)
        {
            if (U32(bytes, at) != CentralSignature)
            {
                return null;
            }
            var flags = U16(bytes, at + 8);
            var method = U16(bytes, at + 10);
            var crc = U32(bytes, at + 16);
            var compressed = U32(bytes, at + 20);
            var size = U32(bytes, at + 24);
            int nameLength = U16(bytes, at + 28);
            var length = 46 + nameLength + U16(bytes, at + 30) + U16(bytes, at + 32);
            var local = U32(bytes, at + 42);
            if ((flags & 1) != 0 || compressed == 0xFFFFFFFF || size == 0xFFFFFFFF || local == 0xFFFFFFFF
                || U32(bytes, (int)local) != LocalSignature)
            {
                return null;
            }
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            var dataOffset = checked((int)local + 30 + U16(bytes, (int)local + 26) + U16(bytes, (int)local + 28));
            var localEnd = checked(dataOffset + (int)compressed);
            if ((flags & 8) != 0)
            {
                localEnd += localEnd + 4 <= bytes.Length && U32(bytes, localEnd) == DescriptorSignature ? 16 : 12;
            }
            if (localEnd > bytes.Length || at + length > bytes.Length)
            {
                return null;
            }
            entries.Add(new Entry(name, at, length, nameLength, flags, method, crc, compressed, size, (int)local, localEnd - (int)local, dataOffset));
            at += length;
        }
        return new RawZip(bytes, entries, end);
    }

    private static ushort U16(byte[] bytes, int at) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at, 2));

    private static uint U32(byte[] bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at, 4));

    private sealed record Entry(
        string Name, int CentralOffset, int CentralLength, int NameLength, ushort Flags, ushort Method, uint Crc,
        uint CompressedSize, uint Size, int LocalOffset, int LocalLength, int DataOffset);
}
