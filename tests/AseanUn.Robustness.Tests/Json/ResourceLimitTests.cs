using System;
using System.IO;
using System.Linq;
using System.Text;
using AseanUn.Json;
using AseanUn.Validation;

namespace AseanUn.Robustness.Tests.Json;

/// <summary>The importer's documented limits: 16 MiB and 64 levels of nesting, enforced where a document passes them.</summary>
public sealed class ResourceLimitTests
{
    private const int MaxDocumentBytes = 16 * 1024 * 1024;
    private const int MaxDepth = 64;

    [Fact]
    public void A_document_of_exactly_the_size_limit_loads_and_one_byte_more_is_rejected_where_it_passes_it()
    {
        var export = DatasetJson.Export(Partnership.Current);
        var atLimit = Padded(export, MaxDocumentBytes);
        var overLimit = Padded(export, MaxDocumentBytes + 1);

        Assert.True(DatasetJson.TryImport(atLimit).IsValid);
        var problem = Assert.Single(DatasetJson.TryImport(overLimit).Problems);
        Assert.Equal(DatasetProblemKind.LimitExceeded, problem.Kind);
        Assert.Equal((export.Count(c => c == '\n') + 1, MaxDocumentBytes - Encoding.UTF8.GetByteCount(export) + 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_endless_stream_is_rejected_after_reading_just_past_the_limit()
    {
        using var stream = new EndlessStream();

        var exception = Assert.Throws<DatasetValidationException>(() => DatasetJson.Import(stream, "endless.json"));

        Assert.Equal(DatasetProblemKind.LimitExceeded, Assert.Single(exception.Problems).Kind);
        Assert.InRange(stream.Position, MaxDocumentBytes + 1, MaxDocumentBytes * 2L);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_and_its_problem_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aseanun-over-limit-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, Padded(DatasetJson.Export(Partnership.Current), MaxDocumentBytes + 1));
        try
        {
            var problem = Assert.Single(DatasetJson.TryMergeFile(Partnership.Current, path).Problems);

            Assert.Equal((DatasetProblemKind.LimitExceeded, path), (problem.Kind, problem.DocumentName));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(MaxDepth, DatasetProblemKind.WrongType, 1)]
    [InlineData(MaxDepth + 1, DatasetProblemKind.LimitExceeded, MaxDepth + 1)]
    [InlineData(100_000, DatasetProblemKind.LimitExceeded, MaxDepth + 1)]
    public void Nesting_up_to_the_depth_limit_is_read_and_deeper_nesting_is_rejected_at_the_bracket_that_passes_it(int depth, DatasetProblemKind kind, int column)
    {
        var document = new string('[', depth) + new string(']', depth);

        var problem = Assert.Single(DatasetJson.TryMerge(Partnership.Current, document, "deep.json").Problems);

        Assert.Equal((kind, 1, column), (problem.Kind, problem.Line, problem.Column));
    }

    // The document followed by spaces up to the given size; trailing white space is valid JSON.
    private static byte[] Padded(string document, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var padded = new byte[size];
        bytes.CopyTo(padded, 0);
        padded.AsSpan(bytes.Length).Fill((byte)' ');
        return padded;
    }

    /// <summary>Opens an array and never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            if (_position == 0 && count > 0)
            {
                buffer[offset] = (byte)'[';
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
