using System.IO.Compression;
using System.Text;

namespace Multivector.Sources;

/// <summary>
/// Opens a text file that may be gzip-compressed (detected by its magic bytes, not its name) and decodes it
/// as UTF-8. Invalid bytes become U+FFFD, which <see cref="CsvInput"/> rejects with the line they sit on;
/// a strict decoder would throw without saying where.
/// </summary>
internal static class TextInput
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static TextReader Open(string path) => Open(path, out _);

    // file: the underlying stream, whose position tells how far the import has read.
    public static TextReader Open(string path, out FileStream file)
    {
        if (!System.IO.File.Exists(path)) throw new ImportException(path, null, "no such file.");
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var magic = new byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            if (read == 0) throw new ImportException(path, null, "the file is empty: expected a header line.");
            Stream stream = read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new CheckedGzipStream(file, path) : file;
            return new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// .NET's GZipStream can end quietly on a truncated file. This checks the gzip trailer's length field
    /// (ISIZE, the uncompressed size modulo 2³²) against what was actually decompressed, so a cut-off download
    /// fails loudly instead of importing a prefix.
    /// </summary>
    private sealed class CheckedGzipStream(FileStream file, string path) : Stream
    {
        private readonly GZipStream _inner = new(file, CompressionMode.Decompress);
        private long _total;
        private bool _checked;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try
            {
                n = _inner.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                throw new ImportException(path, null, $"the gzip data is corrupt ({e.Message}): expected a complete gzip file.", e);
            }
            _total += n;
            if (n == 0 && buffer.Length > 0 && !_checked) CheckTrailer();
            return n;
        }

        private void CheckTrailer()
        {
            _checked = true;
            if (file.Length < 18) throw new ImportException(path, null, "the gzip file is truncated: expected a complete gzip file.");
            var trailer = new byte[4];
            using var raw = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            raw.Seek(-4, SeekOrigin.End);
            raw.ReadExactly(trailer);
            var isize = BitConverter.ToUInt32(trailer);
            if (isize != (uint)_total)
            {
                throw new ImportException(path, null,
                    $"the gzip file is truncated or holds several members (it decompressed to {_total:N0} bytes but its trailer says {isize:N0}): expected a complete gzip file.");
            }
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _total; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
