using HuXiao.Excel;
using HuXiao.Reporting;

namespace HuXiao.Cli;

/// <summary>
/// The options that say how to read units' forms, shared by the verbs that read them: <c>--unit-code C</c>,
/// <c>--unit-name N</c> and <c>--period YYYY-MM</c> declare whose form it is and for which month (checked against
/// what the file says: a difference refuses the file, naming both), <c>--units FILE</c> gives the unit list that
/// turns a printed 填表单位 into a code (a JSON hierarchy; default the campaign's units), and
/// <c>--sheet NAME</c> names the sheet that holds the form.
/// </summary>
internal static class FormReadArguments
{
    internal const string UnitCode = "--unit-code";
    internal const string UnitName = "--unit-name";
    internal const string Period = "--period";
    internal const string Units = "--units";
    internal const string Sheet = "--sheet";

    /// <summary>The unit list of a campaign that defines no units: names on forms then resolve to nothing.</summary>
    private static UnitHierarchy NoUnits { get; } = UnitHierarchy.CreateBuilder(new OrganisationUnit("-", "（未定义单位 no units defined）")).Build();

    /// <summary>The option names a verb accepts: the declaring ones only where the verb does not use them for something else.</summary>
    /// <param name="declaresUnit">Whether --unit-code and --unit-name declare the forms' unit (not, say, a roll-up's parent).</param>
    /// <param name="unitList">The option that names the unit list (--units, unless the verb already uses it).</param>
    internal static string[] Names(bool declaresUnit = true, string unitList = Units)
        => declaresUnit ? [UnitCode, UnitName, Period, unitList, Sheet] : [unitList, Sheet];

    /// <summary>The read options from a verb's arguments.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="a">The parsed arguments.</param>
    /// <param name="campaign">The campaign: its units are the unit list when --units is not given.</param>
    /// <param name="declaresUnit">Whether --unit-code and --unit-name declare the forms' unit.</param>
    /// <param name="declaresPeriod">Whether --period declares the forms' month.</param>
    /// <param name="unitList">The option that names the unit list.</param>
    internal static ExcelReadOptions Parse(string verb, CliArguments a, CliCampaign campaign, bool declaresUnit = true, bool declaresPeriod = true, string unitList = Units)
    {
        var units = UnitList(verb, a, unitList) ?? campaign.Units ?? NoUnits;
        var options = new ExcelReadOptions { Units = units, SheetName = a.Option(Sheet) };
        if (declaresPeriod && a.Option(Period) is { } period)
        {
            options = options with { Period = Commands.AggregateCommand.ParsePeriod(verb, period) };
        }

        if (declaresUnit)
        {
            options = options with { Unit = DeclaredUnit(verb, units, a.Option(UnitCode), a.Option(UnitName)) };
        }

        return options;
    }

    /// <summary>The unit list given with <paramref name="unitList"/> (a JSON hierarchy, read by <see cref="UnitHierarchyJson.LoadFile"/>), or null when none is given.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="a">The parsed arguments.</param>
    /// <param name="unitList">The option that names the unit list.</param>
    internal static UnitHierarchy? UnitList(string verb, CliArguments a, string unitList = Units)
    {
        if (a.Options(unitList).Count > 1)
        {
            throw new CliUsageException($"{verb}: {unitList} 只接受一个单位名单文件。 {unitList} takes one unit list (a JSON file like {{\"code\":\"410100\",\"name\":\"郑州市公安局\",\"children\":[…]}}), not {a.Options(unitList).Count} files.");
        }

        if (a.Option(unitList) is not { } file)
        {
            return null;
        }

        if (!File.Exists(file))
        {
            throw new CliUsageException($"{verb}: {unitList} {file}: 文件不存在。 no such file; give a unit list as JSON, such as {{\"code\":\"410100\",\"name\":\"郑州市公安局\",\"children\":[{{\"code\":\"410102\",\"name\":\"中原分局\",\"aliases\":[\"中原区\"]}}]}}.");
        }

        try
        {
            return UnitHierarchyJson.LoadFile(file);
        }
        catch (ReportingException e)
        {
            throw new CliUsageException($"{verb}: {unitList} {file}: [{e.Code}] {e.Message}");
        }
    }

    /// <summary>
    /// The declared unit: a code and the name as printed on the form; a code alone takes its name from the unit
    /// list; a name alone must name exactly one unit of the list.
    /// </summary>
    private static OrganisationUnit? DeclaredUnit(string verb, UnitHierarchy units, string? code, string? name)
    {
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        switch (code, name)
        {
            case (null, null):
                return null;
            case ({ } c, { } n):
                return units.Contains(c) ? new OrganisationUnit(c, n, units[c].Aliases.Append(units[c].Name)) : new OrganisationUnit(c, n);
            case ({ } c, null):
                return units.Contains(c) ? units[c] : new OrganisationUnit(c, c);
            default:
                {
                    var match = units.FindByName(name!);
                    if (match.IsUnique)
                    {
                        return match.Unit;
                    }

                    var offer = match.Suggestions.ToArray();
                    throw new CliUsageException(
                        $"{verb}: {UnitName} '{name}' {(match.IsAmbiguous ? "names several units" : "is not in the unit list")} of {units.Root}"
                        + (offer.Length > 0 ? $" (did you mean: {string.Join(", ", offer)}?)" : string.Empty)
                        + $"; give {UnitCode} too, or a unit list with {Units}.");
                }
        }
    }
}
