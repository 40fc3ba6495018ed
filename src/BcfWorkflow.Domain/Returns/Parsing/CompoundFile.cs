using System.Buffers.Binary;
using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Just enough of the OLE2 compound file format (MS-CFB) that Excel 97-2003 and Word 97-2003 files are stored in to
/// tell them apart and to read the workbook's active tab, which ExcelDataReader does not give: the streams' names,
/// and one stream's bytes. Every offset is checked; a malformed file gives null, never an exception.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxChain = 1 << 20;

    private readonly byte[] bytes;
    private readonly int sectorSize;
    private readonly int miniSectorSize;
    private readonly uint miniCutoff;
    private readonly uint[] fat;
    private readonly List<(string Name, byte Type, uint Start, long Size)> entries;

    private CompoundFile(byte[] bytes, int sectorSize, int miniSectorSize, uint miniCutoff, uint[] fat, List<(string, byte, uint, long)> entries)
    {
        this.bytes = bytes;
        this.sectorSize = sectorSize;
        this.miniSectorSize = miniSectorSize;
        this.miniCutoff = miniCutoff;
        this.fat = fat;
        this.entries = entries;
    }

    public IEnumerable<string> StreamNames => this.entries.Where(e => e.Type == 2).Select(e => e.Name);

    public static CompoundFile? Open(byte[] bytes)
    {
        try
        {
            return OpenUnchecked(bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The bytes of the stream with this name (in the root storage or below), or null.</summary>
    public byte[]? Read(string name)
    {
        try
        {
            var entry = this.entries.FirstOrDefault(e => e.Type == 2 && e.Name == name);
            if (entry.Name is null || entry.Size is < 0 or > TableLimits.MaxBytes)
            {
                return null;
            }
            if (entry.Size >= this.miniCutoff)
            {
                return ReadChain(entry.Start, entry.Size);
            }
            var root = this.entries[0];
            var miniStream = ReadChain(root.Start, root.Size);
            var miniFat = ReadMiniFat();
            if (miniStream is null || miniFat is null)
            {
                return null;
            }
            var result = new byte[entry.Size];
            var written = 0;
            var sector = entry.Start;
            for (var n = 0; written < result.Length && sector != EndOfChain && n < MaxChain; n++)
            {
                var offset = (long)sector * this.miniSectorSize;
                var count = (int)Math.Min(this.miniSectorSize, result.Length - written);
                if (offset + count > miniStream.Length || sector >= miniFat.Length)
                {
                    return null;
                }
                Array.Copy(miniStream, offset, result, written, count);
                written += count;
                sector = miniFat[sector];
            }
            return written == result.Length ? result : null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private uint[]? miniFat;
    private uint miniFatStart;
    private uint miniFatSectors;

    private uint[]? ReadMiniFat()
    {
        if (this.miniFat is null && this.miniFatSectors > 0)
        {
            var bytes = ReadChain(this.miniFatStart, (long)this.miniFatSectors * this.sectorSize);
            this.miniFat = bytes is null ? null : ToUInts(bytes);
        }
        return this.miniFat;
    }

    private static CompoundFile? OpenUnchecked(byte[] bytes)
    {
        if (bytes.Length < 512)
        {
            return null;
        }
        var header = bytes.AsSpan(0, 512);
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]);
        if (sectorShift is not (9 or 12) || miniShift != 6)
        {
            return null;
        }
        var sectorSize = 1 << sectorShift;
        var fatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        var directoryStart = BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]);
        var miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]);
        var miniFatStart = BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]);
        var miniFatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x40..]);
        var difatStart = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        if (fatSectors > bytes.Length / sectorSize + 1)
        {
            return null;
        }

        // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
        var fatSectorList = new List<uint>();
        for (var i = 0; i < 109 && fatSectorList.Count < fatSectors; i++)
        {
            fatSectorList.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + (i * 4))..]));
        }
        var difat = difatStart;
        for (var guard = 0; fatSectorList.Count < fatSectors && difat < EndOfChain - 1 && guard < MaxChain; guard++)
        {
            var sector = SectorSpan(bytes, sectorSize, difat);
            if (sector.IsEmpty)
            {
                return null;
            }
            for (var i = 0; i < (sectorSize / 4) - 1 && fatSectorList.Count < fatSectors; i++)
            {
                fatSectorList.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(sectorSize - 4)..]);
        }
        var fatBytes = new byte[fatSectorList.Count * sectorSize];
        for (var i = 0; i < fatSectorList.Count; i++)
        {
            var sector = SectorSpan(bytes, sectorSize, fatSectorList[i]);
            if (sector.IsEmpty)
            {
                return null;
            }
            sector.CopyTo(fatBytes.AsSpan(i * sectorSize));
        }
        var file = new CompoundFile(bytes, sectorSize, 1 << miniShift, miniCutoff, ToUInts(fatBytes), [])
        {
            miniFatStart = miniFatStart,
            miniFatSectors = miniFatSectors,
        };
        var directory = file.ReadChain(directoryStart, null);
        if (directory is null)
        {
            return null;
        }
        for (var offset = 0; offset + 128 <= directory.Length; offset += 128)
        {
            var entry = directory.AsSpan(offset, 128);
            var nameLength = Math.Clamp(BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]), (ushort)2, (ushort)64);
            var name = Encoding.Unicode.GetString(entry[..(nameLength - 2)]);
            var type = entry[0x42];
            var start = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]);
            var size = sectorShift == 9
                ? BinaryPrimitives.ReadUInt32LittleEndian(entry[0x78..])
                : (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]), long.MaxValue);
            file.entries.Add((name, type, start, size));
        }
        return file.entries.Count > 0 && file.entries[0].Type == 5 ? file : null;
    }

    /// <summary>The bytes of a chain of sectors from <paramref name="start"/>, cut to <paramref name="size"/> when given.</summary>
    private byte[]? ReadChain(uint start, long? size)
    {
        if (size > TableLimits.MaxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var sector = start;
        for (var n = 0; sector != EndOfChain && n < MaxChain; n++)
        {
            if (size is { } limit && buffer.Length >= limit)
            {
                break;
            }
            var span = SectorSpan(this.bytes, this.sectorSize, sector);
            if (span.IsEmpty || sector >= this.fat.Length)
            {
                return null;
            }
            buffer.Write(span);
            if (buffer.Length > TableLimits.MaxBytes)
            {
                return null;
            }
            sector = this.fat[sector];
        }
        var all = buffer.ToArray();
        return size is { } wanted ? (all.Length >= wanted ? all[..(int)wanted] : null) : all;
    }

    private static ReadOnlySpan<byte> SectorSpan(byte[] bytes, int sectorSize, uint sector)
    {
        var offset = ((long)sector + 1) * sectorSize;
        return offset + sectorSize <= bytes.Length ? bytes.AsSpan((int)offset, sectorSize) : default;
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }
        return values;
    }
}
