using System.Text.Json;
using System.Text.Json.Nodes;

namespace HuXiao.Cli.Tests.Commands;

public class CampaignCommandTests
{
    [Fact]
    public void Export_writes_the_built_in_definition_whole_and_check_finds_it_valid()
    {
        using var dir = new TempDirectory();
        var export = HuxiaoProcess.Run(dir.Path, "campaign", "export", "zhengzhou-2017", "-o", "mine.json");
        Assert.Equal(0, export.ExitCode);

        var document = JsonNode.Parse(File.ReadAllText(dir.File("mine.json")))!.AsObject();
        Assert.Equal("zhengzhou-2017", (string?)document["id"]);
        foreach (var key in new[] { "form", "consistencyRules", "targets", "units", "milestones", "phases", "semesters", "monthlyReport" })
        {
            Assert.True(document.ContainsKey(key), $"the export has no \"{key}\"");
        }

        Assert.Equal(46, document["form"]!["tables"]!.AsArray().Sum(t => t!["indicators"]!.AsArray().Count));

        var check = HuxiaoProcess.Run(dir.Path, "campaign", "check", "mine.json", "--format", "json");
        Assert.Equal(0, check.ExitCode);
        using var result = JsonDocument.Parse(check.Out);
        Assert.True(result.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("zhengzhou-2017", result.RootElement.GetProperty("campaign").GetString());
        Assert.Equal(0, result.RootElement.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public void Check_lists_every_problem_with_its_json_path_and_exits_2()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "campaign", "export", "-o", "mine.json").ExitCode);
        var document = JsonNode.Parse(File.ReadAllText(dir.File("mine.json")))!;
        var targets = document["targets"]!.AsArray();
        targets[0]!["due"] = new JsonObject { ["date"] = "2019-05-31" };   // after the campaign
        targets[1]!["covered"] = "Z99";                                     // no such indicator
        var sixOfficers = targets.IndexOf(targets.Single(t => (string?)t!["id"] == "six-officers"));
        targets[sixOfficers]!["id"] = (string?)targets[2]!["id"];           // an id twice (no milestone names six-officers)
        var units = document["units"]!["children"]!.AsArray();
        units[1]!["code"] = (string?)units[0]!["code"];                     // a unit code twice
        document["milestones"]![5]!["targets"]!.AsArray().Add("no-such-target");
        File.WriteAllText(dir.File("bad.json"), document.ToJsonString());

        var run = HuxiaoProcess.Run(dir.Path, "campaign", "check", "bad.json", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var result = JsonDocument.Parse(run.Out);
        Assert.False(result.RootElement.GetProperty("valid").GetBoolean());
        var problems = result.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("path").GetString()))
            .ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string?)>
            {
                ("HX0605", "$.targets[0].due"),
                ("HX0603", "$.targets[1].covered"),
                ("HX0604", $"$.targets[{sixOfficers}].id"),
                ("HX0604", "$.units.children[1].code"),
                ("HX0608", $"$.milestones[5].targets[{document["milestones"]![5]!["targets"]!.AsArray().Count - 1}]"),
            },
            problems);
    }

    [Fact]
    public void A_verb_given_a_bad_definition_refuses_to_run_listing_its_problems()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "campaign", "export", "-o", "mine.json").ExitCode);
        var document = JsonNode.Parse(File.ReadAllText(dir.File("mine.json")))!;
        document["span"]!["end"] = "2017-01-01";
        File.WriteAllText(dir.File("bad.json"), document.ToJsonString());

        var run = HuxiaoProcess.Run(dir.Path, "calendar", "--campaign", "bad.json", "--as-of", "2017-05-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.span", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "schema", "--campaign", "none.json").ExitCode);
    }

    [Fact]
    public void Export_of_an_unknown_campaign_and_an_unknown_action_exit_2()
    {
        using var dir = new TempDirectory();
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "campaign", "export", "beijing-2020").ExitCode);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "campaign", "import", "x.json").ExitCode);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "campaign").ExitCode);
    }
}
