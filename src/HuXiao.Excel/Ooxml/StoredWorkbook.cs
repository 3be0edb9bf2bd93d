namespace HuXiao.Excel.Ooxml;

/// <summary>
/// What a workbook stores, read once from its package: the worksheets (cells as stored, never computed), the
/// number format of each style, whether the workbook asks to be recalculated when opened, its date system, its
/// defined names and its custom document properties. Transitional and strict OOXML alike (elements are matched by
/// local name). Immutable once read.
/// </summary>
internal sealed class StoredWorkbook
{
    private StoredWorkbook(IReadOnlyList<StoredSheet> sheets, CellStyles styles, bool recalculatesOnOpen, bool date1904, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> properties, bool hasProperties)
    {
        Sheets = sheets;
        Styles = styles;
        RecalculatesOnOpen = recalculatesOnOpen;
        Date1904 = date1904;
        DefinedNames = names;
        Properties = properties;
        HasCustomProperties = hasProperties;
    }

    /// <summary>The worksheets in the workbook's order (chart sheets and dialog sheets left out).</summary>
    internal IReadOnlyList<StoredSheet> Sheets { get; }

    /// <summary>The number format of each style.</summary>
    internal CellStyles Styles { get; }

    /// <summary>Whether the workbook asks to be recalculated when opened (<c>calcPr fullCalcOnLoad</c>): its stored formula results are then stale by its own account.</summary>
    internal bool RecalculatesOnOpen { get; }

    /// <summary>Whether dates count from 1904 (<c>workbookPr date1904</c>).</summary>
    internal bool Date1904 { get; }

    /// <summary>The workbook-wide defined names and what they refer to, names in upper case.</summary>
    internal IReadOnlyDictionary<string, string> DefinedNames { get; }

    /// <summary>The custom document properties, name → value as text.</summary>
    internal IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Whether the package has a custom properties part at all (a tool may have dropped it).</summary>
    internal bool HasCustomProperties { get; }

    internal static StoredWorkbook Read(OoxmlPackage package)
    {
        var workbookPart = package.WorkbookPart;
        var relationships = package.Relationships(workbookPart);
        var byId = relationships.Where(r => !r.IsExternal).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var sheetRefs = new List<(string Name, string Id)>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool recalc = false, date1904 = false;
        var xml = package.Xml(workbookPart)!;
        while (xml.Read())
        {
            if (!xml.IsStart)
            {
                continue;
            }

            if (xml.Is("sheet"u8))
            {
                sheetRefs.Add((xml.Attribute("name"u8) ?? string.Empty, xml.Attribute("id"u8) ?? string.Empty));
            }
            else if (xml.Is("calcPr"u8))
            {
                recalc = IsTrue(xml.Attribute("fullCalcOnLoad"u8));
            }
            else if (xml.Is("workbookPr"u8))
            {
                date1904 = IsTrue(xml.Attribute("date1904"u8));
            }
            else if (xml.Is("definedName"u8))
            {
                var name = xml.Attribute("name"u8);
                var local = xml.HasAttribute("localSheetId"u8);
                var body = xml.ReadText();
                if (name is not null && !local)
                {
                    names[name] = body;
                }
            }
        }

        var sharedStrings = SharedStrings.Read(relationships.FirstOrDefault(r => r.Is("sharedStrings") && !r.IsExternal) is { } sst ? package.Xml(sst.Target) : null);
        var styles = CellStyles.Read(relationships.FirstOrDefault(r => r.Is("styles") && !r.IsExternal) is { } st ? package.Xml(st.Target) : null);
        var customPart = package.Relationships(string.Empty).FirstOrDefault(r => (r.Is("custom-properties") || r.Is("customProperties")) && !r.IsExternal)?.Target;
        var hasProperties = customPart is not null && package.Has(customPart);
        var properties = CustomProperties.Read(hasProperties ? package.Xml(customPart!) : null);

        var sheets = new List<StoredSheet>();
        foreach (var (name, id) in sheetRefs)
        {
            if (!byId.TryGetValue(id, out var rel) || !rel.Is("worksheet"))
            {
                continue;
            }

            var sheet = package.Xml(rel.Target) ?? throw new InvalidDataException($"the workbook lists sheet '{name}', but its part '{rel.Target}' is missing");
            sheets.Add(SheetPartReader.Read(name, sheet, sharedStrings));
        }

        return new StoredWorkbook(sheets, styles, recalc, date1904, names, properties, hasProperties);
    }

    private static bool IsTrue(string? value) => value is "1" or "true";
}
