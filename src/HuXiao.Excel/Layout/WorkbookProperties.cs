namespace HuXiao.Excel.Layout;

/// <summary>
/// The names of the custom document properties in which a written workbook records what it holds, so a read
/// knows the schema, unit, period and revision without trusting cell positions.
/// </summary>
internal static class WorkbookProperties
{
    internal const string SchemaId = "HuXiao.SchemaId";
    internal const string SchemaVersion = "HuXiao.SchemaVersion";
    internal const string UnitCode = "HuXiao.UnitCode";
    internal const string UnitName = "HuXiao.UnitName";
    internal const string Period = "HuXiao.Period";
    internal const string Revision = "HuXiao.Revision";
    internal const string Kind = "HuXiao.Kind";

    /// <summary>Written before the unit code, so that LibreOffice does not store a numeric-looking code as a number.</summary>
    internal const string CodePrefix = "code:";

    /// <summary>Written before the unit name, for the same reason.</summary>
    internal const string NamePrefix = "name:";
}
