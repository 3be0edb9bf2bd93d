using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao.Cli.Commands;

/// <summary>
/// <c>campaign export [ID] [-o FILE]</c>: a built-in campaign's whole definition document, to start one's own from;
/// <c>campaign check FILE [--format text|json]</c>: checks a definition whole, listing every problem with its JSON path
/// (exit 0 valid, 2 with problems).
/// </summary>
internal sealed class CampaignCommand : ICommand
{
    public string Name => "campaign";

    public string Usage => "campaign export [ID] [-o FILE]   a built-in campaign's whole definition (form, rules, calendar, targets, units); ID defaults to zhengzhou-2017, FILE to standard output"
        + "\n  huxiao campaign check FILE [--format text|json]   checks a campaign definition whole: every problem with its JSON path (exit 0 valid, 2 with problems)";

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var a = CliArguments.Parse(Name, args, ["--out", "--format"]);
        if (a.Option(CliCampaign.Option) is not null)
        {
            throw new CliUsageException($"campaign: 此处不用 {CliCampaign.Option}，请把要检查的定义文件作为参数。 {CliCampaign.Option} does not apply here; name the definition to check as the file: huxiao campaign check FILE.");
        }

        return a.Positional.Count > 0 ? a.Positional[0] switch
        {
            "export" => Export(a, context),
            "check" => Check(a, context),
            var other => throw new CliUsageException($"campaign: 未知子命令 '{other}'，应为 export 或 check。 Unknown action '{other}'; use export or check."),
        }
        : throw new CliUsageException("campaign: 请给出 export 或 check。 Say export or check, for example: huxiao campaign export -o my-campaign.json");
    }

    private static int Export(CliArguments a, CliContext context)
    {
        if (a.Positional.Count > 2)
        {
            throw new CliUsageException("campaign: export 只接受一个专项工作 id。 export takes one campaign id, for example: huxiao campaign export zhengzhou-2017 -o my-campaign.json");
        }

        var id = a.Positional.Count == 2 ? a.Positional[1] : CampaignFormJson.BuiltInIds[0];
        if (!CampaignFormJson.BuiltInIds.Contains(id, StringComparer.Ordinal))
        {
            throw new CliUsageException($"campaign: 没有内置专项工作 '{id}'；内置的有 {string.Join(", ", CampaignFormJson.BuiltInIds)}。 There is no built-in campaign '{id}'; the built-in campaigns are {string.Join(", ", CampaignFormJson.BuiltInIds)}.");
        }

        var document = CampaignFormJson.BuiltInDefinition(id);
        if (a.Option("--out") is { } output)
        {
            OutputFiles.WriteText(output, document);
            context.Out.WriteLine($"campaign {id} written to {output}; change it, then check it with: huxiao campaign check {output}");
        }
        else
        {
            context.Out.Write(document);
        }

        return ExitCodes.Ok;
    }

    private static int Check(CliArguments a, CliContext context)
    {
        if (a.Positional.Count != 2)
        {
            throw new CliUsageException("campaign: check 只接受一个定义文件。 check takes one definition file, for example: huxiao campaign check my-campaign.json");
        }

        var format = a.Format("campaign");
        var file = a.Positional[1];
        var problems = CampaignDefinitionCheck.Check(CliCampaign.ReadText("campaign", file), out var campaign);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(JsonOutput.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteBoolean("valid", problems.Count == 0);
                json.StringOrNull("campaign", campaign?.Id);
                json.WriteStartArray("problems");
                foreach (var problem in problems)
                {
                    json.WriteStartObject();
                    json.WriteString("code", problem.Code);
                    json.WriteString("path", problem.Path);
                    json.WriteString("message", problem.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else if (problems.Count == 0)
        {
            context.Out.WriteLine($"{file}: 专项工作定义有效 valid — {campaign!.Id}: {campaign.Span.Start:uuuu-MM-dd}..{campaign.Span.End:uuuu-MM-dd}, form {campaign.Form?.Id ?? "—"} ({campaign.Form?.Count ?? 0} indicators), {campaign.Units?.Leaves.Count() ?? 0} units, {campaign.Milestones.Count} milestones, {campaign.Targets.Count} targets");
        }
        else
        {
            context.Out.WriteLine($"{file}: 专项工作定义有 {problems.Count} 个问题 — {problems.Count} problem(s):");
            foreach (var problem in problems)
            {
                context.Out.WriteLine($"  [{problem.Code}] {problem.Path}: {problem.Message}");
            }
        }

        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.UnusableInput;
    }
}
