namespace HuXiao.TestSupport;

/// <summary>
/// A stream like an ASP.NET Core request or response body with AllowSynchronousIO off: not seekable, and any
/// synchronous Read, Write or Flush throws. Reads hand back small chunks, as a network does. Counts what was read.
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly byte[] _source;
    private readonly int _chunk;
    private readonly MemoryStream _written = new();
    private int _position;

    /// <summary>A readable stream over the given bytes, handing back at most <paramref name="chunk"/> bytes per read.</summary>
    internal AsyncOnlyStream(byte[] source, int chunk = 4096)
    {
        _source = source;
        _chunk = chunk;
    }

    /// <summary>A writable stream that collects what is written.</summary>
    internal AsyncOnlyStream()
        : this([])
    {
    }

    internal long BytesRead => _position;

    internal byte[] Written => _written.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException("The stream is not seekable.");

    public override long Position
    {
        get => throw new NotSupportedException("The stream is not seekable.");
        set => throw new NotSupportedException("The stream is not seekable.");
    }

    public override int Read(byte[] buffer, int offset, int count) => throw Sync();

    public override int Read(Span<byte> buffer) => throw Sync();

    public override void Write(byte[] buffer, int offset, int count) => throw Sync();

    public override void Write(ReadOnlySpan<byte> buffer) => throw Sync();

    public override void Flush() => throw Sync();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var count = Math.Min(Math.Min(buffer.Length, _chunk), _source.Length - _position);
        _source.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        _written.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The stream is not seekable.");

    public override void SetLength(long value) => throw new NotSupportedException("The stream is not seekable.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _written.Dispose();
        }

        base.Dispose(disposing);
    }

    private static InvalidOperationException Sync() => new("Synchronous operations are disallowed.");
}
