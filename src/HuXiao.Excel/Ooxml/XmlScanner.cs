using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace HuXiao.Excel.Ooxml;

/// <summary>
/// A small forward-only reader of one package part's XML, over its UTF-8 bytes, made for what the reader needs:
/// elements by local name (any prefix, so transitional and strict alike), their attributes, and the text of an
/// element. Comments, processing instructions and text between elements are passed over; a document type
/// declaration is refused (no entity can expand), as is any end tag that does not close the element open, or a
/// part that ends inside an element. Predefined and character entities are decoded. Several times faster than
/// <see cref="System.Xml.XmlReader"/> on worksheet parts. Not thread-safe.
/// </summary>
internal sealed class XmlScanner
{
    /// <summary>What ends a tag's name: white space, '&gt;' or '/'.</summary>
    private static readonly SearchValues<byte> s_nameEnd = SearchValues.Create(" \t\r\n>/"u8);

    /// <summary>What matters in a tag after its name: a quote opening a value, its end, or a '&lt;' that cannot be there.</summary>
    private static readonly SearchValues<byte> s_tagMarks = SearchValues.Create("\"'><"u8);

    private readonly byte[] _data;
    private readonly int _end;
    private readonly List<(int Start, int Length)> _open = [];
    private int _pos;
    private int _nameStart;
    private int _nameLength;
    private int _localStart;
    private int _attributesStart;
    private int _attributesEnd;

    private XmlScanner(byte[] data, int length)
    {
        _data = data;
        _end = length;
        _pos = length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
    }

    /// <summary>Whether the scanner is on a start tag (true) or an end tag (false), once <see cref="Read"/> returned true.</summary>
    internal bool IsStart { get; private set; }

    /// <summary>Whether the start tag closes itself (<c>&lt;c/&gt;</c>).</summary>
    internal bool IsEmpty { get; private set; }

    /// <summary>How many elements enclose the current one (0 for the root).</summary>
    internal int Depth { get; private set; }

    /// <summary>Where the current tag starts (its '&lt;') in the part's bytes; for the end of an empty element, its start tag's.</summary>
    internal int TagStart { get; private set; }

    /// <summary>Where the current tag ends (just after its '&gt;') in the part's bytes.</summary>
    internal int TagEnd { get; private set; }

    /// <summary>The current element's local name, without its prefix.</summary>
    internal ReadOnlySpan<byte> LocalName => _data.AsSpan(_localStart, _nameStart + _nameLength - _localStart);

    /// <summary>A scanner over a part's bytes: UTF-8 (with or without a byte order mark), or UTF-16 with its mark.</summary>
    internal static XmlScanner Create(byte[] data, int length)
    {
        if (length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            var encoding = data[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var utf8 = Encoding.UTF8.GetBytes(encoding.GetString(data, 2, length - 2));
            return new XmlScanner(utf8, utf8.Length);
        }

        return new XmlScanner(data, length);
    }

    /// <summary>Whether the current element has this local name.</summary>
    internal bool Is(ReadOnlySpan<byte> localName) => LocalName.SequenceEqual(localName);

    /// <summary>Moves to the next start or end tag; false at the end of the part.</summary>
    /// <exception cref="InvalidDataException">The part is not well-formed XML, or declares a document type.</exception>
    internal bool Read()
    {
        if (IsStart && IsEmpty)
        {
            // The end of an empty element is its start tag.
            IsStart = false;
            IsEmpty = false;
            return true;
        }

        while (true)
        {
            var lt = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'<');
            if (lt < 0)
            {
                if (_open.Count > 0)
                {
                    throw Damaged("the part ends inside an element");
                }

                _pos = _end;
                return false;
            }

            _pos += lt;
            if (!Tag())
            {
                continue;
            }

            return true;
        }
    }

    /// <summary>The text of the current element (its text and that of any elements inside it), read to its end tag.</summary>
    internal string ReadText()
    {
        if (!IsStart || IsEmpty)
        {
            var wasEmpty = IsStart && IsEmpty;
            if (wasEmpty)
            {
                Read();
            }

            return string.Empty;
        }

        // The common case, <v>12</v>: plain text straight up to this element's own end tag.
        var plain = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'<');
        if (plain >= 0 && _pos + plain + 1 < _end && _data[_pos + plain + 1] == '/' && _data.AsSpan(_pos, plain).IndexOf((byte)'&') < 0)
        {
            var value = Encoding.UTF8.GetString(_data, _pos, plain);
            _pos += plain;
            Tag();
            return value;
        }

        var depth = Depth;
        var text = new StringBuilder();
        while (true)
        {
            var lt = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'<');
            if (lt < 0)
            {
                throw Damaged("the part ends inside an element");
            }

            Decode(_data.AsSpan(_pos, lt), text);
            _pos += lt;
            if (Starts("<![CDATA["u8))
            {
                var close = _data.AsSpan(_pos + 9, _end - _pos - 9).IndexOf("]]>"u8);
                if (close < 0)
                {
                    throw Damaged("an unclosed CDATA section");
                }

                text.Append(Encoding.UTF8.GetString(_data, _pos + 9, close));
                _pos += 9 + close + 3;
                continue;
            }

            if (!Tag())
            {
                continue;
            }

            if (!IsStart && Depth == depth)
            {
                return text.ToString();
            }
        }
    }

    /// <summary>Skips the current element and everything in it; the scanner is then on its end tag.</summary>
    internal void Skip()
    {
        if (!IsStart)
        {
            return;
        }

        var depth = Depth;
        while (Read())
        {
            if (!IsStart && Depth == depth)
            {
                return;
            }
        }
    }

    /// <summary>An attribute of the current start tag by its local name, decoded; null when it has none.</summary>
    internal string? Attribute(ReadOnlySpan<byte> localName)
    {
        if (!FindAttribute(localName, out var start, out var length))
        {
            return null;
        }

        var value = _data.AsSpan(start, length);
        if (value.IndexOf((byte)'&') < 0)
        {
            return Encoding.UTF8.GetString(value);
        }

        var sb = new StringBuilder(length);
        Decode(value, sb);
        return sb.ToString();
    }

    /// <summary>An attribute holding a whole number 0 or more, or null.</summary>
    internal int? IntAttribute(ReadOnlySpan<byte> localName)
        => FindAttribute(localName, out var start, out var length) && Utf8Parser.TryParse(_data.AsSpan(start, length), out int value, out var used) && used == length && value >= 0 ? value : null;

    /// <summary>An attribute's raw bytes (no entities decoded), or empty when it has none.</summary>
    internal ReadOnlySpan<byte> RawAttribute(ReadOnlySpan<byte> localName)
        => FindAttribute(localName, out var start, out var length) ? _data.AsSpan(start, length) : [];

    /// <summary>Whether an attribute of a name in any namespace exists.</summary>
    internal bool HasAttribute(ReadOnlySpan<byte> localName) => FindAttribute(localName, out _, out _);

    private bool FindAttribute(ReadOnlySpan<byte> localName, out int start, out int length)
    {
        // name = "value" or name = 'value', with white space around the name and '='.
        var region = _data.AsSpan(_attributesStart, _attributesEnd - _attributesStart);

        // The common case first: the attribute asked for comes first, written ` name="value"` (a cell's r).
        var n = localName.Length;
        if (region.Length > n + 3 && region[0] == ' ' && region[1 + n] == '=' && region[2 + n] is (byte)'"' or (byte)'\'' && region.Slice(1, n).SequenceEqual(localName))
        {
            var end = region[(n + 3)..].IndexOf(region[2 + n]);
            if (end >= 0)
            {
                start = _attributesStart + n + 3;
                length = end;
                return true;
            }
        }

        var attributes = new AttributeCursor(region);
        while (attributes.Next(out var name, out var value))
        {
            if (name.SequenceEqual(localName))
            {
                start = _attributesStart + attributes.ValueStart;
                length = value.Length;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>The current start tag's attributes, one by one, in the order written.</summary>
    internal AttributeCursor Attributes() => new(_data.AsSpan(_attributesStart, _attributesEnd - _attributesStart));

    /// <summary>
    /// Reads a start tag's attributes in order: <c>name = "value"</c> or <c>name = 'value'</c>, with white space around
    /// the name and '='. Each comes as its local name (any prefix dropped) and raw value; namespace declarations
    /// (<c>xmlns:p</c>) are passed over.
    /// </summary>
    internal ref struct AttributeCursor
    {
        private readonly ReadOnlySpan<byte> _region;
        private int _i;

        internal AttributeCursor(ReadOnlySpan<byte> region)
        {
            _region = region;
            _i = 0;
            ValueStart = 0;
        }

        /// <summary>Where the last value read starts in the tag's attributes.</summary>
        internal int ValueStart { get; private set; }

        /// <summary>Reads the next attribute; false when there is none (or the rest is not an attribute).</summary>
        internal bool Next(out ReadOnlySpan<byte> localName, out ReadOnlySpan<byte> value)
        {
            var r = _region;
            while (_i < r.Length)
            {
                while (_i < r.Length && IsSpace(r[_i]))
                {
                    _i++;
                }

                var nameStart = _i;
                while (_i < r.Length && r[_i] != '=' && !IsSpace(r[_i]))
                {
                    _i++;
                }

                var name = r[nameStart.._i];
                while (_i < r.Length && r[_i] != '=')
                {
                    _i++;
                }

                _i++;
                while (_i < r.Length && IsSpace(r[_i]))
                {
                    _i++;
                }

                if (_i >= r.Length)
                {
                    break;
                }

                var quote = r[_i];
                var close = r[(_i + 1)..].IndexOf(quote);
                if (close < 0)
                {
                    break;
                }

                ValueStart = _i + 1;
                value = r.Slice(_i + 1, close);
                _i += 1 + close + 1;
                var colon = name.IndexOf((byte)':');
                if (colon >= 0 && name[..colon].SequenceEqual("xmlns"u8))
                {
                    continue;
                }

                localName = colon >= 0 ? name[(colon + 1)..] : name;
                return true;
            }

            _i = r.Length;
            localName = value = default;
            return false;
        }
    }

    /// <summary>Reads the markup at <c>_pos</c> (on a '&lt;'): true for a start or end tag, false for a comment, a declaration or a processing instruction.</summary>
    private bool Tag()
    {
        if (_pos + 1 >= _end)
        {
            throw Damaged("the part ends inside a tag");
        }

        var next = _data[_pos + 1];
        if (next == '?')
        {
            var close = _data.AsSpan(_pos + 2, _end - _pos - 2).IndexOf("?>"u8);
            _pos = close < 0 ? throw Damaged("an unclosed processing instruction") : _pos + 2 + close + 2;
            return false;
        }

        if (next == '!')
        {
            if (Starts("<!--"u8))
            {
                var close = _data.AsSpan(_pos + 4, _end - _pos - 4).IndexOf("-->"u8);
                _pos = close < 0 ? throw Damaged("an unclosed comment") : _pos + 4 + close + 3;
                return false;
            }

            if (Starts("<![CDATA["u8))
            {
                var close = _data.AsSpan(_pos + 9, _end - _pos - 9).IndexOf("]]>"u8);
                _pos = close < 0 ? throw Damaged("an unclosed CDATA section") : _pos + 9 + close + 3;
                return false;
            }

            throw Damaged(Starts("<!DOCTYPE"u8) ? "a document type declaration, which is not allowed" : "a declaration that is not allowed");
        }

        if (next == '/')
        {
            var nameStart = _pos + 2;
            var nameLength = _data.AsSpan(nameStart, _end - nameStart).IndexOfAny(s_nameEnd);
            var i = nameLength < 0 ? _end : nameStart + nameLength;

            var gt = _data.AsSpan(i, _end - i).IndexOf((byte)'>');
            if (gt < 0 || _open.Count == 0)
            {
                throw Damaged(_open.Count == 0 ? "an end tag that closes nothing" : "the part ends inside a tag");
            }

            var (openStart, openLength) = _open[^1];
            if (!_data.AsSpan(nameStart, i - nameStart).SequenceEqual(_data.AsSpan(openStart, openLength)))
            {
                throw Damaged($"the end tag </{Encoding.UTF8.GetString(_data, nameStart, i - nameStart)}> does not close <{Encoding.UTF8.GetString(_data, openStart, openLength)}>");
            }

            _open.RemoveAt(_open.Count - 1);
            SetName(openStart, openLength);
            TagStart = _pos;
            _pos = i + gt + 1;
            TagEnd = _pos;
            IsStart = false;
            IsEmpty = false;
            Depth = _open.Count;
            _attributesStart = _attributesEnd = 0;
            return true;
        }

        // A start tag: its name, then attributes up to '>' (quotes respected), or '/>'.
        var start = _pos + 1;
        var nameEnd = _data.AsSpan(start, _end - start).IndexOfAny(s_nameEnd);
        var j = nameEnd < 0 ? _end : start + nameEnd;
        if (j == start)
        {
            throw Damaged("a tag without a name");
        }

        var attributes = j;

        // Most tags: the first '>' ends the tag when no single quote and no '<' come before it and the double quotes
        // before it pair up (so it is outside every value). Otherwise, value by value.
        var first = _data.AsSpan(j, _end - j).IndexOf((byte)'>');
        if (first >= 0 && _data.AsSpan(j, first).IndexOfAny((byte)'\'', (byte)'<') < 0 && (_data.AsSpan(j, first).Count((byte)'"') & 1) == 0)
        {
            j += first;
        }

        while (j < _end && _data[j] != '>')
        {
            var mark = _data.AsSpan(j, _end - j).IndexOfAny(s_tagMarks);
            if (mark < 0)
            {
                j = _end;
                break;
            }

            j += mark;
            var b = _data[j];
            if (b == '>')
            {
                break;
            }

            if (b == '<')
            {
                throw Damaged("a '<' inside a tag");
            }

            // A quoted value: anything up to the same quote.
            var close = _data.AsSpan(j + 1, _end - j - 1).IndexOf(b);
            j = close < 0 ? _end : j + 1 + close + 1;
        }

        if (j >= _end)
        {
            throw Damaged("the part ends inside a tag");
        }

        var empty = _data[j - 1] == '/';
        SetName(start, attributes - start);
        _attributesStart = attributes;
        _attributesEnd = empty ? j - 1 : j;
        TagStart = _pos;
        _pos = j + 1;
        TagEnd = _pos;
        IsStart = true;
        IsEmpty = empty;
        Depth = _open.Count;
        if (!empty)
        {
            _open.Add((start, attributes - start));
        }

        return true;
    }

    private void SetName(int start, int length)
    {
        _nameStart = start;
        _nameLength = length;
        var colon = _data.AsSpan(start, length).IndexOf((byte)':');
        _localStart = colon < 0 ? start : start + colon + 1;
    }

    private bool Starts(ReadOnlySpan<byte> prefix) => _data.AsSpan(_pos, _end - _pos).StartsWith(prefix);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>Appends UTF-8 text with its entities decoded.</summary>
    private static void Decode(ReadOnlySpan<byte> text, StringBuilder sb)
    {
        while (text.Length > 0)
        {
            var amp = text.IndexOf((byte)'&');
            if (amp < 0)
            {
                sb.Append(Encoding.UTF8.GetString(text));
                return;
            }

            sb.Append(Encoding.UTF8.GetString(text[..amp]));
            var semi = text[amp..].IndexOf((byte)';');
            if (semi < 0)
            {
                throw Damaged("an '&' that starts no entity");
            }

            var entity = text.Slice(amp + 1, semi - 1);
            if (entity.SequenceEqual("lt"u8))
            {
                sb.Append('<');
            }
            else if (entity.SequenceEqual("gt"u8))
            {
                sb.Append('>');
            }
            else if (entity.SequenceEqual("amp"u8))
            {
                sb.Append('&');
            }
            else if (entity.SequenceEqual("quot"u8))
            {
                sb.Append('"');
            }
            else if (entity.SequenceEqual("apos"u8))
            {
                sb.Append('\'');
            }
            else if (entity.Length > 1 && entity[0] == '#')
            {
                var hex = entity[1] is (byte)'x' or (byte)'X';
                var digits = Encoding.ASCII.GetString(entity[(hex ? 2 : 1)..]);
                if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    || code is < 1 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                {
                    throw Damaged("a character reference to no character");
                }

                sb.Append(char.ConvertFromUtf32(code));
            }
            else
            {
                throw Damaged($"an undeclared entity &{Encoding.UTF8.GetString(entity)};");
            }

            text = text[(amp + semi + 1)..];
        }
    }

    private static InvalidDataException Damaged(string what) => new($"the XML is not well-formed: {what}");
}
