using System.Buffers;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// The core properties part of the rendered form (title, subject, author, when it was created), written for each
/// stamp with its own subject, the one core property that names the unit. Immutable.
/// </summary>
internal sealed class CorePropertiesPart
{
    private readonly byte[] _head;
    private readonly byte[] _tail;

    private CorePropertiesPart(byte[] head, byte[] tail)
    {
        _head = head;
        _tail = tail;
    }

    /// <summary>Reads the part; null unless its subject is <paramref name="renderedSubject"/>, written as the stamp writes it.</summary>
    internal static CorePropertiesPart? Read(byte[] xml, string renderedSubject)
    {
        var scanner = XmlScanner.Create(xml, xml.Length);
        int start = -1, end = -1;
        while (scanner.Read())
        {
            if (scanner.Is("subject"u8))
            {
                if (scanner.IsStart && !scanner.IsEmpty)
                {
                    start = scanner.TagEnd;
                }
                else if (!scanner.IsStart && start >= 0)
                {
                    end = scanner.TagStart;
                }
            }
        }

        if (start < 0 || end < 0)
        {
            return null;
        }

        var part = new CorePropertiesPart(xml[..start], xml[end..]);
        var again = new ArrayBufferWriter<byte>(xml.Length);
        return part.TryWrite(again, renderedSubject) && again.WrittenSpan.SequenceEqual(xml) ? part : null;
    }

    /// <summary>Writes the part with this subject; false when the stamp cannot write it as ClosedXML would.</summary>
    internal bool TryWrite(ArrayBufferWriter<byte> output, string subject)
    {
        if (subject.Length == 0 || !StampText.CanWrite(subject))
        {
            return false;
        }

        StampText.Append(output, _head);
        StampText.AppendEscaped(output, subject);
        StampText.Append(output, _tail);
        return true;
    }
}
