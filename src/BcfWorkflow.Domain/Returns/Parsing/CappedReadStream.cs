namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A read-only view of a stream that fails once more than a set number of bytes has been read (a zip bomb guard).</summary>
internal sealed class CappedReadStream(Stream inner, long maxBytes) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        read += n;
        if (read > maxBytes)
        {
            throw new TableTooLargeException($"A part of the workbook is larger than {maxBytes / (1024 * 1024)} MB uncompressed.");
        }
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
