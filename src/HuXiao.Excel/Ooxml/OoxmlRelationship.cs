namespace HuXiao.Excel.Ooxml;

/// <summary>One relationship of a part: its id, type, and target part (or external address).</summary>
internal sealed record OoxmlRelationship(string Id, string Type, string Target, bool IsExternal)
{
    /// <summary>Whether the type is the given one, in the transitional or the strict namespace (compared by its last segment).</summary>
    internal bool Is(string lastSegment) => Type.EndsWith("/" + lastSegment, StringComparison.Ordinal);
}
