using System.Buffers.Binary;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>Follows the AMQP 0-9-1 frames a broker sends and tells when one is a publisher confirm (basic.ack).</summary>
public sealed class ConfirmSpotter
{
    private const int FrameHeader = 7;
    private const int MethodHeader = FrameHeader + 4;
    private readonly byte[] _head = new byte[MethodHeader];
    private int _headCount;
    private long _skip;

    /// <summary>Takes the next bytes of the stream; true when they complete the start of a basic.ack frame.</summary>
    public bool Feed(ReadOnlySpan<byte> data)
    {
        var confirm = false;
        while (!data.IsEmpty)
        {
            if (_skip > 0)
            {
                var skipped = (int)Math.Min(_skip, data.Length);
                data = data[skipped..];
                _skip -= skipped;
                continue;
            }
            // A method frame (type 1) starts with its class and method ids: read those too.
            var want = _headCount >= FrameHeader && _head[0] == 1 ? MethodHeader : FrameHeader;
            var taken = Math.Min(want - _headCount, data.Length);
            data[..taken].CopyTo(_head.AsSpan(_headCount));
            _headCount += taken;
            data = data[taken..];
            if (_headCount < want || (_headCount == FrameHeader && _head[0] == 1)) continue;
            var size = BinaryPrimitives.ReadUInt32BigEndian(_head.AsSpan(3));
            // The frame's payload after what was read, and its frame-end octet.
            _skip = size - (_headCount - FrameHeader) + 1;
            if (_headCount == MethodHeader)
                confirm |= BinaryPrimitives.ReadUInt16BigEndian(_head.AsSpan(7)) == 60 && BinaryPrimitives.ReadUInt16BigEndian(_head.AsSpan(9)) == 80;
            _headCount = 0;
        }
        return confirm;
    }
}
