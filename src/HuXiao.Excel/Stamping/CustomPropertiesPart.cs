using System.Buffers;
using System.Globalization;
using System.Text;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Stamping;

/// <summary>
/// The custom document properties part (<c>docProps/custom.xml</c>) of the rendered form, written for each stamp as
/// the ClosedXML build writes it: the properties numbered from 2, a value that parses as a number (by ClosedXML's own
/// test, in the current culture) as <c>r8</c>, any other as <c>lpwstr</c>. Immutable.
/// </summary>
internal sealed class CustomPropertiesPart
{
    private readonly byte[] _head;
    private readonly byte[] _tail;
    private readonly string _property;
    private readonly string _fmtid;
    private readonly string _valuePrefix;

    private CustomPropertiesPart(byte[] head, byte[] tail, string property, string fmtid, string valuePrefix)
    {
        _head = head;
        _tail = tail;
        _property = property;
        _fmtid = fmtid;
        _valuePrefix = valuePrefix;
    }

    /// <summary>Reads the part; null unless writing <paramref name="rendered"/> again gives exactly its bytes.</summary>
    internal static CustomPropertiesPart? Read(byte[] xml, IEnumerable<(string Name, string Value)> rendered)
    {
        var scanner = XmlScanner.Create(xml, xml.Length);
        int headEnd = -1, tailStart = -1;
        string? property = null, fmtid = null, valuePrefix = null;
        while (scanner.Read())
        {
            if (scanner.Is("Properties"u8) && scanner.Depth == 0)
            {
                if (scanner.IsStart)
                {
                    headEnd = scanner.TagEnd;
                }
                else
                {
                    tailStart = scanner.TagStart;
                }
            }
            else if (scanner.IsStart && scanner.Is("property"u8) && property is null)
            {
                property = NameAt(xml, scanner.TagStart);
                fmtid = scanner.Attribute("fmtid"u8);
            }
            else if (scanner.IsStart && property is not null && valuePrefix is null && scanner.Depth == 2)
            {
                var name = NameAt(xml, scanner.TagStart);
                var colon = name.IndexOf(':', StringComparison.Ordinal);
                valuePrefix = colon < 0 ? string.Empty : name[..(colon + 1)];
            }
        }

        if (headEnd < 0 || tailStart < 0 || property is null || fmtid is null || valuePrefix is null)
        {
            return null;
        }

        var part = new CustomPropertiesPart(xml[..headEnd], xml[tailStart..], property, fmtid, valuePrefix);
        var again = new ArrayBufferWriter<byte>(xml.Length);
        return part.TryWrite(again, rendered) && again.WrittenSpan.SequenceEqual(xml) ? part : null;
    }

    /// <summary>Writes the part holding these properties; false when one cannot be written as ClosedXML would.</summary>
    internal bool TryWrite(ArrayBufferWriter<byte> output, IEnumerable<(string Name, string Value)> properties)
    {
        StampText.Append(output, _head);
        var pid = 2;
        foreach (var (name, value) in properties)
        {
            if (!IsPlainName(name) || !StampText.CanWrite(value))
            {
                return false;
            }

            // ClosedXML's test: a value that parses as a number is written as one.
            var number = double.TryParse(value, out _);
            if (number && !IsWholeNumber(value))
            {
                return false;
            }

            var kind = number ? "r8" : "lpwstr";
            StampText.AppendUtf8(output, $"<{_property} fmtid=\"{_fmtid}\" pid=\"{pid++}\" name=\"{name}\"><{_valuePrefix}{kind}>");
            StampText.AppendEscaped(output, value);
            StampText.AppendUtf8(output, $"</{_valuePrefix}{kind}></{_property}>");
        }

        StampText.Append(output, _tail);
        return true;
    }

    /// <summary>A name written without escapes: letters, digits, '.' and '_'.</summary>
    private static bool IsPlainName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_');

    /// <summary>A whole number as it prints again (no sign but '-', no leading zero, at most 15 digits): ClosedXML's r8 of it is the same text.</summary>
    private static bool IsWholeNumber(string value)
        => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            && Math.Abs(n) < 1_000_000_000_000_000
            && n.ToString(CultureInfo.InvariantCulture) == value;

    private static string NameAt(byte[] xml, int tagStart)
    {
        var name = xml.AsSpan(tagStart + 1);
        return Encoding.UTF8.GetString(name[..name.IndexOfAny((byte)' ', (byte)'/', (byte)'>')]);
    }
}
