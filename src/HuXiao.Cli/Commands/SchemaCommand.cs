using HuXiao.Reporting;

namespace HuXiao.Cli.Commands;

/// <summary><c>schema [--format text|json]</c>: the form's indicators in form order.</summary>
internal sealed class SchemaCommand : ICommand
{
    public string Name => "schema";

    public string Usage => "schema [--format text|json]   the indicators of the form, in form order";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--format"]);
        var schema = CliCampaign.Of(Name, a).Form;
        if (a.Format(Name) == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("schema", schema.Id);
                json.WriteNumber("version", schema.Version);
                json.WriteStartArray("indicators");
                foreach (var i in schema.Indicators)
                {
                    json.WriteStartObject();
                    json.WriteString("code", i.Code);
                    json.WriteString("label", i.Label);
                    json.WriteString("name", i.Name);
                    json.WriteString("unit", i.Unit.Symbol);
                    json.WriteString("kind", i.Kind == IndicatorKind.Stock ? "stock" : "flow");
                    json.StringOrNull("group", i.Group);
                    json.WriteString("table", i.Table);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else
        {
            context.Out.WriteLine($"{schema.Title} — {schema.Id} v{schema.Version}, {schema.Count} indicators");
            foreach (var i in schema.Indicators)
            {
                context.Out.WriteLine($"{i.Code}  {i.Kind.ToString().ToLowerInvariant(),-5}  ({i.Unit.Symbol})  {i.Group ?? "—"} / {i.Label}  — {i.Name}");
            }
        }

        return ExitCodes.Ok;
    }
}
